'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { BRAND_ACCENT } from '@/lib/config/brand';
import { ApiError } from '@/lib/http/api-client';
import { agencyFieldErrors, createAgency, updateAgency, type AgencyField, type AgencyProfile, type AgencyValues } from './agency-api';
import { AgencyPreview } from './agency-preview';
import { checkLogoFile, LOGO_ACCEPT, MAX_LOGO_FILE_BYTES } from './logo-file';
import type { SavedAgency } from './use-saved-agencies';

type LogoChoice = { kind: 'keep' } | { kind: 'new'; dataUrl: string } | { kind: 'remove' };

interface AgencyFormProps {
  /** The profile being edited with this browser's token; absent to create a new one. */
  editing?: { saved: SavedAgency; profile: AgencyProfile };
  onCreated: (agency: SavedAgency) => void;
  onUpdated: (profile: AgencyProfile) => void;
  /** Move focus to the form's title on mount (after a create, whose button is gone). */
  focusTitle?: boolean;
}

/**
 * Creates or edits an agency profile. The logo is checked here (type, size) before any upload; the
 * server's 400 reasons appear beside the fields they name; the preview follows every keystroke.
 */
export function AgencyForm({ editing, onCreated, onUpdated, focusTitle = false }: AgencyFormProps) {
  const t = useTranslations('Agency');
  const id = useId();
  const profile = editing?.profile;
  const [name, setName] = useState(profile?.name ?? '');
  const [contact, setContact] = useState(profile?.contact ?? '');
  const [accentColor, setAccentColor] = useState(profile?.accentColor ?? BRAND_ACCENT);
  const [defaultNote, setDefaultNote] = useState(profile?.defaultNote ?? '');
  const [logo, setLogo] = useState<LogoChoice>({ kind: 'keep' });
  const [logoError, setLogoError] = useState<string | undefined>(undefined);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AgencyField, string>>>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const fileRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(
    function focusTitleOnMount() {
      if (focusTitle) titleRef.current?.focus();
    },
    [focusTitle],
  );

  const storedLogo = profile?.logoUrl ? `${profile.logoUrl}?v=${encodeURIComponent(profile.updatedAt)}` : undefined;
  const logoSrc = logo.kind === 'new' ? logo.dataUrl : logo.kind === 'remove' ? undefined : storedLogo;

  async function onLogoChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    setFieldErrors(({ logo: _dropped, ...rest }) => rest);
    if (!file) return;
    const result = await checkLogoFile(file);
    if (result.ok) {
      setLogo({ kind: 'new', dataUrl: result.dataUrl });
      setLogoError(undefined);
      return;
    }
    // Refused before upload: clear the picker so a later submit cannot send the file anyway.
    input.value = '';
    setLogo({ kind: 'keep' });
    setLogoError(
      result.reason === 'size' ? t('logoErrors.size', { size: result.sizeKiB, max: MAX_LOGO_FILE_BYTES / 1024 }) : result.reason === 'type' ? t('logoErrors.type') : t('logoErrors.unreadable'),
    );
  }

  function removeLogo() {
    if (fileRef.current) fileRef.current.value = '';
    setLogoError(undefined);
    setLogo({ kind: 'remove' });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status === 'saving') return;
    setStatus('saving');
    setFieldErrors({});
    setFormError(undefined);
    const values: AgencyValues = { name, contact, accentColor, defaultNote };
    if (logo.kind === 'new') values.logo = logo.dataUrl;
    if (logo.kind === 'remove') values.logo = null;
    try {
      if (editing) {
        const updated = await updateAgency(editing.saved.id, editing.saved.editToken, values);
        setLogo({ kind: 'keep' });
        if (fileRef.current) fileRef.current.value = '';
        setStatus('saved');
        onUpdated(updated);
      } else {
        const created = await createAgency(values);
        setStatus('saved');
        onCreated({ id: created.id, editToken: created.editToken, name: name.trim() });
      }
    } catch (error) {
      setStatus('idle');
      if (!(error instanceof ApiError)) throw error;
      const fields = agencyFieldErrors(error);
      setFieldErrors(fields);
      setFormError(
        error.status === 0
          ? t('errors.network')
          : error.status === 401 || error.status === 403
            ? t('errors.unauthorized')
            : error.status === 404
              ? t('errors.notFound')
              : Object.keys(fields).length > 0
                ? t('errors.fields')
                : t('errors.generic', { message: error.message }),
      );
    }
  }

  const errorId = (field: AgencyField) => `${id}-${field}-error`;
  const hintId = (field: AgencyField) => `${id}-${field}-hint`;
  const shownError = (field: AgencyField): string | undefined => (field === 'logo' ? (logoError ?? fieldErrors.logo) : fieldErrors[field]);
  const fieldProps = (field: AgencyField) => ({
    id: `${id}-${field}`,
    'aria-invalid': shownError(field) !== undefined ? true : undefined,
    'aria-describedby': [hintId(field), shownError(field) !== undefined ? errorId(field) : undefined].filter(Boolean).join(' '),
  });
  const fieldError = (field: AgencyField): ReactNode => {
    const message = shownError(field);
    if (message === undefined) return null;
    return (
      <p className="field__error" id={errorId(field)} data-testid={`agency-${field}-error`}>
        {field === 'logo' && logoError !== undefined ? message : t('errors.server', { reason: message })}
      </p>
    );
  };
  const fieldClass = (field: AgencyField) => `field${shownError(field) !== undefined ? ' field--invalid' : ''}`;

  return (
    <div className="agency-editor">
      <form className="agency-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <h2 className="section__title" id={`${id}-title`} ref={titleRef} tabIndex={-1}>
          {editing ? t('editTitle', { name: editing.profile.name }) : t('createTitle')}
        </h2>
        <div className={fieldClass('name')}>
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('fields.name.label')}
          </label>
          <input className="input" type="text" required maxLength={120} autoComplete="organization" value={name} onChange={(e) => setName(e.target.value)} {...fieldProps('name')} />
          <p className="field__hint" id={hintId('name')}>
            {t('fields.name.hint')}
          </p>
          {fieldError('name')}
        </div>
        <div className={fieldClass('contact')}>
          <label className="field__label" htmlFor={`${id}-contact`}>
            {t('fields.contact.label')}
          </label>
          <input className="input" type="text" maxLength={300} value={contact} onChange={(e) => setContact(e.target.value)} {...fieldProps('contact')} />
          <p className="field__hint" id={hintId('contact')}>
            {t('fields.contact.hint')}
          </p>
          {fieldError('contact')}
        </div>
        <div className={fieldClass('accentColor')}>
          <label className="field__label" htmlFor={`${id}-accentColor`}>
            {t('fields.accentColor.label')}
          </label>
          <span className="agency-form__color">
            <input className="agency-form__color-input" type="color" value={accentColor} onChange={(e) => setAccentColor(e.target.value)} {...fieldProps('accentColor')} />
            <code className="agency-form__color-value">{accentColor}</code>
          </span>
          <p className="field__hint" id={hintId('accentColor')}>
            {t('fields.accentColor.hint')}
          </p>
          {fieldError('accentColor')}
        </div>
        <div className={fieldClass('defaultNote')}>
          <label className="field__label" htmlFor={`${id}-defaultNote`}>
            {t('fields.defaultNote.label')}
          </label>
          <textarea className="input agency-form__note" rows={3} maxLength={2000} value={defaultNote} onChange={(e) => setDefaultNote(e.target.value)} {...fieldProps('defaultNote')} />
          <p className="field__hint" id={hintId('defaultNote')}>
            {t('fields.defaultNote.hint')}
          </p>
          {fieldError('defaultNote')}
        </div>
        <div className={fieldClass('logo')}>
          <label className="field__label" htmlFor={`${id}-logo`}>
            {t('fields.logo.label')}
          </label>
          <input ref={fileRef} className="input agency-form__file" type="file" accept={LOGO_ACCEPT} onChange={(e) => void onLogoChange(e)} {...fieldProps('logo')} data-testid="agency-logo-input" />
          <p className="field__hint" id={hintId('logo')}>
            {t('fields.logo.hint', { max: MAX_LOGO_FILE_BYTES / 1024 })}
          </p>
          {fieldError('logo')}
          {logoSrc ? (
            <div className="agency-form__logo">
              {/* eslint-disable-next-line @next/next/no-img-element -- data: URL or our own logo endpoint */}
              <img className="agency-form__logo-img" src={logoSrc} alt={t('fields.logo.current')} />
              <button type="button" className="button button--secondary" onClick={removeLogo}>
                {t('fields.logo.remove')}
              </button>
            </div>
          ) : null}
        </div>
        {formError ? (
          <p className="planner__alert" role="alert" data-testid="agency-form-error">
            {formError}
          </p>
        ) : null}
        <div className="agency-form__actions">
          <button type="submit" className="button" aria-disabled={status === 'saving'} data-testid="agency-submit">
            {status === 'saving' ? <span className="spinner" aria-hidden="true" /> : null}
            {status === 'saving' ? t('saving') : editing ? t('save') : t('create')}
          </button>
          <p className="agency-form__status" role="status">
            {status === 'saved' ? (editing ? t('saved') : t('created')) : ''}
          </p>
        </div>
      </form>
      <AgencyPreview name={name.trim()} contact={contact.trim()} accentColor={accentColor} defaultNote={defaultNote.trim()} logoSrc={logoSrc} />
    </div>
  );
}
