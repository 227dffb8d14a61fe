import type english from '../en/map';

export default {
} satisfies Record<keyof typeof english, string>;
