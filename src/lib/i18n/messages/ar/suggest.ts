import type english from '../en/suggest';

export default {
} satisfies Record<keyof typeof english, string>;
