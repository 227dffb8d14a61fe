import type english from '../en/scorecard';

export default {
} satisfies Record<keyof typeof english, string>;
