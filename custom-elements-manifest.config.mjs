/**
 * `npm run analyze` reads this file (the analyzer looks for it in the working directory); the
 * script's flags say what to analyze, this file what the manifest keeps.
 */

/** What a page can use: no private, protected or `#` members, no static internals (styles, messages). */
function isPublicMember(member) {
  return (
    !member.static &&
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#')
  );
}

/**
 * The manifest feeds Storybook's tables and editors' completions, so it lists each element's
 * public interface only. Events found from `dispatchEvent(new X())` have no name: the `@fires`
 * tags already list them by name.
 */
function publicInterfaceOnly() {
  return {
    name: 'sportello-public-interface-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  // package.json already names the manifest; the analyzer would rewrite the file to say so.
  packagejson: false,
  plugins: [publicInterfaceOnly()],
};
