import type { SourceLocation } from './diagnostics.js';

/** Where each shape, member, trait application and reference of a model was written (IDL only). */
export type LocationIndex = Map<string, SourceLocation>;

/** Keys of a `LocationIndex`, one kind per function. */
export const locationKey = {
  /** A shape or member id. */
  shape: (id: string): string => id,
  /** A trait applied to a shape or member. */
  trait: (ownerId: string, traitId: string): string => `${ownerId} @${traitId}`,
  /** A reference from a shape property (`input`, `errors`, `mixins`, ...) to a target. */
  ref: (ownerId: string, property: string, target: string): string => `${ownerId} ${property} -> ${target}`,
};
