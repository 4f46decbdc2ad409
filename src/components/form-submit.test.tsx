import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { I18nProvider } from '../lib/i18n/i18n';
import { SUBMIT_FIRST, useFocusFirstError } from './form-submit';
import { FormField } from './ui/form-field';

const schema = z.object({ company: z.string().min(1, { error: 'required' }), name: z.string().min(1, { error: 'required' }), phone: z.string().regex(/^\d+$/u, { error: 'phone' }) });
type Values = z.input<typeof schema>;

/**
 * A form as the trial form is laid out: its first field (a company chosen by search, set with setValue,
 * so react-hook-form holds no element for it) sits outside the <form>, inside the data-form-scope.
 */
function TrialLikeForm({ onSave }: { onSave: () => void }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { company: '', name: '', phone: '' }, ...SUBMIT_FIRST });
  const handleSubmit = useFocusFirstError(form);
  const { errors } = form.formState;
  return (
    <div data-form-scope>
      <FormField label="Company" error={errors.company?.message}>
        <input value={form.watch('company')} onChange={(e) => form.setValue('company', e.target.value, { shouldValidate: form.formState.submitCount > 0 })} />
      </FormField>
      <form noValidate onSubmit={handleSubmit(onSave)}>
        <FormField label="Name" error={errors.name?.message}>
          <input {...form.register('name')} />
        </FormField>
        <FormField label="Phone" error={errors.phone?.message}>
          <input {...form.register('phone')} />
        </FormField>
        <button type="submit">Save</button>
      </form>
    </div>
  );
}

const renderForm = (onSave: () => void) =>
  render(
    <I18nProvider>
      <TrialLikeForm onSave={onSave} />
    </I18nProvider>,
  );

describe('submitting a form', () => {
  it('shows no error when a field with a bad value loses the focus, so nothing moves under the next tap', async () => {
    const user = userEvent.setup();
    renderForm(() => {});
    await user.type(screen.getByRole('textbox', { name: /Phone/u }), 'abc');
    await user.tab();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('focuses the first field in error as the screen orders them, also one outside the <form>', async () => {
    const user = userEvent.setup();
    renderForm(() => {});
    await user.type(screen.getByRole('textbox', { name: /Phone/u }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByRole('alert')).toHaveLength(3);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Company/u })));
  });

  it('then focuses the next field in error once the first is fixed, and saves once all are', async () => {
    const user = userEvent.setup();
    let saved = 0;
    renderForm(() => saved++);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(screen.getByRole('textbox', { name: /Company/u }), 'Asahi');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Validation resolves after the click: wait for the focus to move, not for a fixed time.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Name/u })));
    await user.type(screen.getByRole('textbox', { name: /Name/u }), 'Hanako');
    await user.type(screen.getByRole('textbox', { name: /Phone/u }), '0166');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saved).toBe(1));
  });
});
