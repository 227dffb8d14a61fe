import type english from '../en/import';

export default {
} satisfies Record<keyof typeof english, string>;
