import {
  emptyNeed,
  toCreateNeedInput,
  toUpdateNeedInput,
  type NeedFormValues,
} from './needFormModel';

const opened: NeedFormValues = {
  ...emptyNeed('m1'),
  title: 'Connectivity for schools',
  description: 'Twenty-five schools without a link.',
  countryCode: 'SN',
  domainCodes: ['EDUCATION', 'INFRASTRUCTURE_TELECOM'],
  tags: ['schools'],
};

describe('the need form and the server inputs', () => {
  it('sends only what the user changed, at the version given', () => {
    const edited = { ...opened, title: 'Connectivity for 25 schools', partnerInstitution: '' };
    expect(toUpdateNeedInput(opened, edited, 4)).toEqual({
      version: 4,
      title: 'Connectivity for 25 schools',
    });
  });

  it('sees a reordered list of codes as unchanged', () => {
    const edited = { ...opened, domainCodes: ['INFRASTRUCTURE_TELECOM', 'EDUCATION'] };
    expect(toUpdateNeedInput(opened, edited, 2)).toBeNull();
  });

  it('clears the partner institution with null', () => {
    const base = { ...opened, partnerInstitution: 'Inspection' };
    expect(toUpdateNeedInput(base, { ...base, partnerInstitution: '  ' }, 1)).toEqual({
      version: 1,
      partnerInstitution: null,
    });
  });

  it('creates a need internal by default, for the chosen ministry', () => {
    expect(toCreateNeedInput(opened)).toMatchObject({
      visibility: 'INTERNAL',
      priority: 'MEDIUM',
      status: 'OPEN',
      ministryId: 'm1',
      partnerInstitution: null,
    });
    expect(toCreateNeedInput({ ...opened, ministryId: '' })).not.toHaveProperty('ministryId');
  });
});
