/** One processor (sous-traitant) of a practice (see src/db/schema.ts for the conventions). */
export interface ProcessorsTable {
  id: string;
  practice_id: string;
  name: string;
  service: string;
  contact: string | null;
  /** JSON array of the register's activity ids. */
  activity_ids: string;
  hosts_health_data: number;
  hosting_in_eea: number;
  /** The HDS certificate: all three set, or all three null. */
  hds_number: string | null;
  hds_certifier: string | null;
  /** ISO calendar day. */
  hds_expires_on: string | null;
  /** ISO calendar day the data-processing agreement was signed. */
  dpa_signed_on: string | null;
  /** ISO calendar day, the contract's last day when it has one. */
  contract_ends_on: string | null;
  /** JSON object: each art. 28 clause → true when the agreement has it. */
  clauses: string;
  created_at: string;
  updated_at: string;
}
