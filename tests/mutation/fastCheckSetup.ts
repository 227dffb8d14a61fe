// Under mutation testing a failing property only has to fail: stop at the first
// counterexample instead of shrinking it (shrinking is for people reading a failure).
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true });
