import type english from '../en/scenarios';

export default {
} satisfies Record<keyof typeof english, string>;
