/** The default account id of callers. */
export const defaultAccountId = '123456789012';
/** The region of callers whose requests carry no SigV4 credential scope. */
export const defaultRegion = 'us-west-2';
