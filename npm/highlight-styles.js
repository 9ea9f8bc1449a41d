// The default look of nutshell's in-page highlights (highlight() in the package, the extension's
// toggle): the summary sentences get a yellow background, entity mentions an underline in their
// type's colour (the page's chip colours). Everything sits in the cascade layer `nutshell`, so any
// unlayered rule of the site (`::highlight(nutshell-summary) { … }`) overrides it.

const ENTITY_COLORS = {
  person: '#7c3aed', org: '#0f766e', location: '#15803d', money: '#b45309', percent: '#c2410c',
  date: '#1d4ed8', time: '#1d4ed8', quantity: '#6d28d9', email: '#be185d', url: '#be185d', misc: '#57534e',
};

export const HIGHLIGHT_CSS = `@layer nutshell {
  ::highlight(nutshell-summary) { background-color: rgb(255 213 0 / 0.4); }
${Object.entries(ENTITY_COLORS).map(([type, color]) => `  ::highlight(nutshell-${type}) { text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-color: ${color}; }`).join('\n')}
}
`;
