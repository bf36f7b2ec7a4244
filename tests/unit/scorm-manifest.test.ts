// The package's manifest against the official SCORM 1.2 schemas (tools/scorm12-xsd/), with xmllint;
// broken manifests show that the validation refuses what a platform's importer would refuse.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORM12_NAMESPACES, SCORM12_SCHEMAS, scormManifest } from '../../tools/scorm-manifest';
import { validateScorm12Manifest } from '../fixtures/scorm12-validate';

const SCHEMAS = 'tools/scorm12-xsd';
const manifest = scormManifest({
  version: '1.0.0',
  title: 'Social Journey',
  files: ['index.html', 'assets/index-abc123.js', 'assets/index-abc123.css', 'icons/icon 192 & co.png'],
});
const validate = (xml: string) => validateScorm12Manifest(xml, SCHEMAS);

describe('SCORM 1.2 manifest against the official schemas', () => {
  it('the vendored schema files are the published ones, byte for byte', () => {
    // SHA-256 of the files as they were vendored (tools/scorm12-xsd/README.md): any edit shows here.
    const sha = Object.fromEntries(
      SCORM12_SCHEMAS.map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(`${SCHEMAS}/${f}`))
          .digest('hex'),
      ]),
    );
    expect(sha).toEqual({
      'adlcp_rootv1p2.xsd': '173decaf9cd31ea847e6ff6853c702137974aca6b56567151aa4a885e0aa4883',
      'imscp_rootv1p1p2.xsd': 'd9ee699094e0db4518cf0143c81873d196b2683cf1c5ed770f108239ee079dda',
      'imsmd_rootv1p2p1.xsd': '51310a1097f373e619e54ef2ba9c050117de4822e6119a1cc2a3d07cfe450db9',
      'ims_xml.xsd': '5209ff1d1e89cac16e797a2cdb0d5f345343ad97c1b125483a4bc6fc29319bd5',
    });
  });

  it('the manifest the builder writes is valid, and names every schema it uses', () => {
    expect(validate(manifest)).toEqual({ valid: true, errors: [] });
    for (const [ns, xsd] of SCORM12_NAMESPACES) expect(manifest).toContain(`${ns} ${xsd}`);
  });

  it.each([
    [
      'a SCO type the schema does not know',
      (m: string) => m.replace('scormtype="sco"', 'scormtype="scoo"'),
      /'scoo' is not an element of the set/,
    ],
    [
      'no resources',
      (m: string) => m.replace(/<resources>[\s\S]*<\/resources>/, ''),
      /Missing child element\(s\)\. Expected is .*resources/,
    ],
    [
      'two elements with the same identifier',
      (m: string) => m.replace('identifier="social-journey-item"', 'identifier="social-journey-org"'),
      /'social-journey-org' is not a valid value of the atomic type 'xs:ID'/,
    ],
    [
      'the manifest without its identifier',
      (m: string) => m.replace('identifier="social-journey-scorm12" ', ''),
      /attribute 'identifier' is required/,
    ],
    [
      'an element out of order',
      (m: string) =>
        m.replace(/(<metadata>[\s\S]*<\/metadata>)\s*(<organizations[\s\S]*<\/organizations>)/, '$2\n$1'),
      /This element is not expected/,
    ],
    [
      'an element of no namespace the schemas know',
      (m: string) => m.replace('<metadata>', '<metadata><lom/>'),
      /element lom: .*This element is not expected/,
    ],
    [
      'an ADL attribute misspelt',
      (m: string) => m.replace('adlcp:scormtype', 'adlcp:scormType'),
      /No matching global attribute declaration available/,
    ],
  ])('refuses a manifest with %s', (_what, broken, message) => {
    const result = validate(broken(manifest));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(message);
  });

  it('refuses a title longer than the 200 characters the schema allows', () => {
    const long = scormManifest({ version: '1.0.0', title: 'x'.repeat(201), files: ['index.html'] });
    expect(validate(long).errors.join('\n')).toMatch(/exceeds the allowed maximum length of '200'/);
  });
});
