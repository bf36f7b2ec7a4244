// The SCORM 1.2 manifest (imsmanifest.xml) of the game's package: one organisation, one item, one SCO
// (the game page) listing every file of the package. Shared by the package builder and its tests.

export interface ManifestInput {
  version: string;
  title: string;
  /** Paths inside the package, with forward slashes; the SCO's launch page is index.html. */
  files: string[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scormManifest({ version, title, files }: ManifestInput): string {
  const fileLines = [...files]
    .sort()
    .map((f) => `      <file href="${escapeXml(f)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="social-journey-scorm12" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="social-journey-org">
    <organization identifier="social-journey-org">
      <title>${escapeXml(title)}</title>
      <item identifier="social-journey-item" identifierref="social-journey-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="social-journey-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
