import type english from '../en/tracker';

export default {
} satisfies Record<keyof typeof english, string>;
