import type { MergedModel } from './merge-fragments.js';
import { validateConstraints } from './validate-constraints.js';
import { validateExclusiveTraits } from './validate-exclusive.js';
import { validateBindingMembers, validateHttpBindings } from './validate-http.js';
import { validatePaginated } from './validate-paginated.js';
import { validateResources } from './validate-resources.js';
import { validateServices } from './validate-services.js';
import { validateShapes } from './validate-shapes.js';
import { validateTargets } from './validate-targets.js';
import { validateTraits } from './validate-traits.js';
import { validationContext } from './validation-context.js';

/** Runs every whole-model rule, adding its diagnostics to the model. */
export function validateModel(model: MergedModel): void {
  const ctx = validationContext(model);
  validateTargets(ctx);
  validateShapes(ctx);
  validateTraits(ctx);
  validateConstraints(ctx);
  validateExclusiveTraits(ctx);
  validateHttpBindings(ctx);
  validateBindingMembers(ctx);
  validatePaginated(ctx);
  validateServices(ctx);
  validateResources(ctx);
}
