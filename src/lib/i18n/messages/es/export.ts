import type english from '../en/export';

export default {
} satisfies Record<keyof typeof english, string>;
