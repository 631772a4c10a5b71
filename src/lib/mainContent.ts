/** Every page's main content carries this id: the skip link's target. */
export const mainContentId = 'content';
