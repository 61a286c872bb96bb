import { describe, expect, it } from 'vitest';
import { ContentError, networkFigures, toAmbassadors } from '../src/lib/directory.ts';
import { makeAmbassadorData, makeSettings } from './fixtures.ts';

const settings = makeSettings();

describe('directory checks across files', () => {
  it('given a valid profile, then its URL, département and commune name are derived', () => {
    const [a] = toAmbassadors([{ id: '59/camille-r', data: makeAmbassadorData() }], settings);
    expect(a).toMatchObject({ url: '/ambassadeurs/59/camille-r/', department: '59', homeCommuneName: 'Lille', slug: 'camille-r' });
  });

  it('given a profile filed under the wrong département, then the build error names the file and the right folder', () => {
    const run = () =>
      toAmbassadors([{ id: '62/camille-r', filePath: 'src/content/ambassadors/62/camille-r.yaml', data: makeAmbassadorData() }], settings);
    expect(run).toThrow(ContentError);
    expect(run).toThrow(
      /src\/content\/ambassadors\/62\/camille-r\.yaml : le fichier doit être rangé dans le dossier du département de sa commune \(59\/\)/,
    );
  });

  it('given a position outside the Région, then the build error names the file and says how to fix it', () => {
    const data = makeAmbassadorData({ position: '{"type":"Point","coordinates":[5.37,43.29]}' });
    expect(() => toAmbassadors([{ id: '59/camille-r', data }], settings)).toThrow(
      /59\/camille-r\.yaml : la position .* est hors de la Région Hauts-de-France. Replacez le point/,
    );
  });

  it('given a home commune of another Région, then the build error says so', () => {
    const data = makeAmbassadorData({ homeCommune: '13055' });
    expect(() => toAmbassadors([{ id: '13/camille-r', data }], settings)).toThrow(
      /Marseille \(13055\) n'est pas dans la Région Hauts-de-France/,
    );
  });

  it('given several problems, then all are reported at once', () => {
    const bad = makeAmbassadorData({ departments: ['13'] });
    expect(() =>
      toAmbassadors(
        [
          { id: '62/a', data: bad },
          { id: '62/b', data: bad },
        ],
        settings,
      ),
    ).toThrow(/62\/a\.yaml[\s\S]*62\/a\.yaml[\s\S]*62\/b\.yaml/);
  });

  it('given published and paused profiles, then the figures count both and the available ones', () => {
    const list = toAmbassadors(
      [
        { id: '59/a', data: makeAmbassadorData({ displayName: 'A' }) },
        { id: '59/b', data: makeAmbassadorData({ displayName: 'B', status: 'paused', sector: 'J', jobTitle: 'Infirmière' }) },
      ],
      settings,
    );
    expect(networkFigures(list)).toEqual({ ambassadors: 2, available: 1, jobs: 2, sectors: 2, communes: 1 });
  });
});

describe('zones of intervention in the directory (issue 11)', () => {
  const settings = makeSettings();
  const areas = [{ id: 'bassin-de-l-artois-demo', name: 'Artois (démo)', communes: ['62041', '62498'] }];

  it('given a zone by départements, then the profile says them and its zone filter names whole départements', () => {
    const [a] = toAmbassadors([{ id: '59/camille-r', data: makeAmbassadorData({ departments: ['59', '62'] }) }], settings, areas);
    expect(a!.zoneText).toBe('Nord, Pas-de-Calais');
    expect(a!.zoneFilter).toEqual(['dep-59', 'dep-62']);
  });

  it('given the whole Région, then every département counts in the facets whatever the file lists', () => {
    const [a] = toAmbassadors(
      [{ id: '59/camille-r', data: makeAmbassadorData({ zoneKind: 'region', departments: ['59'] }) }],
      settings,
      areas,
    );
    expect(a!.departments).toEqual(settings.departments);
    expect(a!.zoneText).toBe('toute la Région Hauts-de-France');
  });

  it('given employment areas, then the filter lists their communes, and the départements are theirs', () => {
    const data = makeAmbassadorData({ zoneKind: 'employment_areas', employmentAreas: ['bassin-de-l-artois-demo'], departments: ['59'] });
    const [a] = toAmbassadors([{ id: '59/camille-r', data }], settings, areas);
    expect(a!.zoneFilter).toEqual(['62041', '62498']);
    expect(a!.departments).toEqual(['62']);
    expect(a!.zoneText).toBe("le bassin d'emploi Artois (démo)");
  });

  it('given an employment area the CMS does not hold, then the build names the file and the problem', () => {
    const data = makeAmbassadorData({ zoneKind: 'employment_areas', employmentAreas: ['bassin-supprime'] });
    expect(() => toAmbassadors([{ id: '59/camille-r', data }], settings, areas)).toThrow(
      /camille-r\.yaml : zone d'intervention refusée : Bassins d'emploi/,
    );
  });
});
