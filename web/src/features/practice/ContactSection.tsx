import { ContactFields, type ContactValue } from './ContactFields.tsx';
import { FormSection, type SectionProps } from './FormSection.tsx';
import { errorFor } from './practice-form.ts';

/** Contact details, where care happens, website and cameras: what the patient notice and the register print. */
export function ContactSection({ form, set, error }: SectionProps) {
  return (
    <FormSection
      id="coordonnees"
      title="Coordonnées et accueil des patients"
      help="L’affiche, le dépliant et le registre les reprennent : les patients doivent pouvoir joindre le cabinet."
    >
      <ContactFields
        value={form}
        onChange={(patch) => {
          for (const [field, value] of Object.entries(patch)) set(field as keyof ContactValue, value as never);
        }}
        errorOf={(field) => errorFor(error, field)}
      />
    </FormSection>
  );
}
