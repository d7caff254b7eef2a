// Every check, in the order findings are reported. A new check is one module and one line here.
import type { Check } from './check';
import { duplicateAmendment } from './duplicate-amendment';
import { corpusContradiction } from './corpus-contradiction';
import { commitmentWithoutFigure } from './commitment-without-figure';

export const CHECKS: Check[] = [duplicateAmendment, commitmentWithoutFigure, corpusContradiction];
