-- Reinex tenant `public` schema: idempotent setup.
-- Generated from reinex_desktop/data/tables*.py by `reinex-desktop schema sql`; do not edit by hand.
-- Safe to run repeatedly; it adds only what Reinex owns and is missing: tables, columns and indexes
-- of the Reinex tables, the change feed, grants and policies of its own tables. It never drops,
-- renames or retypes anything, adds no column to the tables shared with the payroll product and
-- leaves an existing view as it is.

BEGIN;

SELECT pg_advisory_xact_lock(72114501);

CREATE TABLE IF NOT EXISTS public."Employees" (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	name TEXT NOT NULL, 
	employee_id TEXT NOT NULL, 
	employee_type TEXT, 
	current_rate NUMERIC, 
	phone TEXT, 
	email TEXT, 
	start_date DATE, 
	is_active BOOLEAN DEFAULT true, 
	notes TEXT, 
	working_days JSONB, 
	annual_leave_days NUMERIC, 
	leave_pay_method TEXT, 
	leave_fixed_day_rate NUMERIC, 
	employment_scope TEXT, 
	metadata JSONB, 
	first_name TEXT, 
	middle_name TEXT, 
	last_name TEXT, 
	CONSTRAINT "pk_Employees" PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS public."Services" (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	name TEXT NOT NULL, 
	duration_minutes BIGINT, 
	payment_model TEXT, 
	color TEXT, 
	metadata JSONB, 
	CONSTRAINT "pk_Services" PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS public."Settings" (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	key TEXT NOT NULL, 
	settings_value JSONB NOT NULL, 
	metadata JSONB, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
	CONSTRAINT "pk_Settings" PRIMARY KEY (id), 
	CONSTRAINT "uq_Settings_key" UNIQUE (key)
);

CREATE TABLE IF NOT EXISTS public.audit_events (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	occurred_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	actor_id UUID, 
	actor_name TEXT NOT NULL, 
	actor_role TEXT NOT NULL, 
	action TEXT NOT NULL, 
	entity_type TEXT NOT NULL, 
	entity_id TEXT, 
	before JSONB, 
	after JSONB, 
	metadata JSONB, 
	CONSTRAINT pk_audit_events PRIMARY KEY (id)
);

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS occurred_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS actor_id UUID;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS actor_name TEXT;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS actor_role TEXT;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS action TEXT;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS entity_type TEXT;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS entity_id TEXT;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS before JSONB;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS after JSONB;

ALTER TABLE public.audit_events ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.audit_events'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['entity_type', 'entity_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_audit_events_entity_type_entity_id ON public.audit_events (entity_type, entity_id);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.audit_events'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['occurred_at']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_audit_events_occurred_at ON public.audit_events (occurred_at);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.forms (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	name TEXT NOT NULL, 
	description TEXT, 
	form_schema JSONB NOT NULL, 
	alert_rules JSONB, 
	visibility_rules JSONB, 
	created_by UUID NOT NULL, 
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	is_active BOOLEAN DEFAULT true NOT NULL, 
	CONSTRAINT pk_forms PRIMARY KEY (id)
);

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS name TEXT;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS description TEXT;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS form_schema JSONB;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS alert_rules JSONB;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS visibility_rules JSONB;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS created_by UUID;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.forms ADD COLUMN IF NOT EXISTS is_active BOOLEAN DEFAULT true NOT NULL;

CREATE TABLE IF NOT EXISTS public.generation_runs (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	kind TEXT DEFAULT 'weekly_generation' NOT NULL, 
	range_start DATE NOT NULL, 
	range_end DATE NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	created_by TEXT, 
	instances_created INTEGER DEFAULT '0' NOT NULL, 
	participants_created INTEGER DEFAULT '0' NOT NULL, 
	undone_at TIMESTAMP WITH TIME ZONE, 
	report JSONB, 
	metadata JSONB, 
	CONSTRAINT pk_generation_runs PRIMARY KEY (id), 
	CONSTRAINT ck_generation_runs_kind CHECK (kind IN ('weekly_generation','reset_forward'))
);

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS kind TEXT DEFAULT 'weekly_generation' NOT NULL;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS range_start DATE;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS range_end DATE;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS created_by TEXT;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS instances_created INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS participants_created INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS undone_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS report JSONB;

ALTER TABLE public.generation_runs ADD COLUMN IF NOT EXISTS metadata JSONB;

CREATE TABLE IF NOT EXISTS public.guardians (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	first_name TEXT NOT NULL, 
	middle_name TEXT, 
	last_name TEXT, 
	phone TEXT, 
	email TEXT, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_guardians PRIMARY KEY (id)
);

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS first_name TEXT;

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS middle_name TEXT;

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS last_name TEXT;

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS phone TEXT;

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS email TEXT;

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.guardians ADD COLUMN IF NOT EXISTS metadata JSONB;

CREATE TABLE IF NOT EXISTS public.students (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	first_name TEXT NOT NULL, 
	middle_name TEXT, 
	last_name TEXT, 
	date_of_birth DATE, 
	notes_internal TEXT, 
	default_notification_method TEXT DEFAULT 'whatsapp' NOT NULL, 
	special_rate NUMERIC, 
	medical_flags JSONB, 
	onboarding_status TEXT DEFAULT 'not_started' NOT NULL, 
	is_active BOOLEAN DEFAULT true NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_students PRIMARY KEY (id), 
	CONSTRAINT ck_students_notification_method CHECK (default_notification_method IN ('whatsapp','email')), 
	CONSTRAINT ck_students_onboarding_status CHECK (onboarding_status IN ('not_started','pending_forms','approved'))
);

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS first_name TEXT;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS middle_name TEXT;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS last_name TEXT;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS date_of_birth DATE;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS notes_internal TEXT;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS default_notification_method TEXT DEFAULT 'whatsapp' NOT NULL;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS special_rate NUMERIC;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS medical_flags JSONB;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS onboarding_status TEXT DEFAULT 'not_started' NOT NULL;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS is_active BOOLEAN DEFAULT true NOT NULL;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.students ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.students'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['first_name', 'last_name']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_students_first_name_last_name ON public.students (first_name, last_name);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.students'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['is_active']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_students_is_active ON public.students (is_active);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.sync_applied_mutations (
	mutation_id UUID NOT NULL, 
	kind TEXT NOT NULL, 
	applied_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	outcome TEXT NOT NULL, 
	result JSONB, 
	CONSTRAINT pk_sync_applied_mutations PRIMARY KEY (mutation_id)
);

ALTER TABLE public.sync_applied_mutations ADD COLUMN IF NOT EXISTS kind TEXT;

ALTER TABLE public.sync_applied_mutations ADD COLUMN IF NOT EXISTS applied_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.sync_applied_mutations ADD COLUMN IF NOT EXISTS outcome TEXT;

ALTER TABLE public.sync_applied_mutations ADD COLUMN IF NOT EXISTS result JSONB;

CREATE TABLE IF NOT EXISTS public.sync_changes (
	seq BIGSERIAL NOT NULL, 
	txid BIGINT NOT NULL, 
	table_name TEXT NOT NULL, 
	row_key TEXT NOT NULL, 
	op TEXT NOT NULL, 
	changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	CONSTRAINT pk_sync_changes PRIMARY KEY (seq)
);

ALTER TABLE public.sync_changes ADD COLUMN IF NOT EXISTS txid BIGINT;

ALTER TABLE public.sync_changes ADD COLUMN IF NOT EXISTS table_name TEXT;

ALTER TABLE public.sync_changes ADD COLUMN IF NOT EXISTS row_key TEXT;

ALTER TABLE public.sync_changes ADD COLUMN IF NOT EXISTS op TEXT;

ALTER TABLE public.sync_changes ADD COLUMN IF NOT EXISTS changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.sync_changes'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['changed_at']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_sync_changes_changed_at ON public.sync_changes (changed_at);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.sync_changes'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['txid', 'seq']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_sync_changes_txid_seq ON public.sync_changes (txid, seq);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.sync_feed_state (
	key TEXT NOT NULL, 
	value BIGINT NOT NULL, 
	CONSTRAINT pk_sync_feed_state PRIMARY KEY (key)
);

ALTER TABLE public.sync_feed_state ADD COLUMN IF NOT EXISTS value BIGINT;

CREATE TABLE IF NOT EXISTS public."RateHistory" (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	rate NUMERIC NOT NULL, 
	effective_date DATE NOT NULL, 
	notes TEXT, 
	employee_id UUID NOT NULL, 
	service_id UUID, 
	metadata JSONB, 
	CONSTRAINT "pk_RateHistory" PRIMARY KEY (id), 
	CONSTRAINT "uq_RateHistory_employee_id_service_id_effective_date" UNIQUE (employee_id, service_id, effective_date), 
	CONSTRAINT "fk_RateHistory_employee_id" FOREIGN KEY(employee_id) REFERENCES public."Employees" (id), 
	CONSTRAINT "fk_RateHistory_service_id" FOREIGN KEY(service_id) REFERENCES public."Services" (id)
);

CREATE TABLE IF NOT EXISTS public."WorkSessions" (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	employee_id UUID NOT NULL, 
	service_id UUID, 
	date DATE NOT NULL, 
	session_type TEXT, 
	hours NUMERIC, 
	sessions_count BIGINT, 
	students_count BIGINT, 
	rate_used NUMERIC, 
	total_payment NUMERIC, 
	notes TEXT, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
	entry_type TEXT DEFAULT 'hours' NOT NULL, 
	payable BOOLEAN, 
	metadata JSONB, 
	deleted BOOLEAN DEFAULT false NOT NULL, 
	deleted_at TIMESTAMP WITH TIME ZONE, 
	CONSTRAINT "pk_WorkSessions" PRIMARY KEY (id), 
	CONSTRAINT "fk_WorkSessions_employee_id" FOREIGN KEY(employee_id) REFERENCES public."Employees" (id), 
	CONSTRAINT "fk_WorkSessions_service_id" FOREIGN KEY(service_id) REFERENCES public."Services" (id)
);

CREATE TABLE IF NOT EXISTS public.commitments (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	student_id UUID NOT NULL, 
	service_id UUID NOT NULL, 
	total_amount NUMERIC NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	expires_at TIMESTAMP WITH TIME ZONE, 
	metadata JSONB, 
	CONSTRAINT pk_commitments PRIMARY KEY (id), 
	CONSTRAINT fk_commitments_student_id FOREIGN KEY(student_id) REFERENCES public.students (id), 
	CONSTRAINT fk_commitments_service_id FOREIGN KEY(service_id) REFERENCES public."Services" (id)
);

ALTER TABLE public.commitments ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.commitments ADD COLUMN IF NOT EXISTS service_id UUID;

ALTER TABLE public.commitments ADD COLUMN IF NOT EXISTS total_amount NUMERIC;

ALTER TABLE public.commitments ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.commitments ADD COLUMN IF NOT EXISTS expires_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.commitments ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.commitments'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['student_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_commitments_student_id ON public.commitments (student_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.form_submissions (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	form_id UUID NOT NULL, 
	student_id UUID NOT NULL, 
	answers JSONB NOT NULL, 
	alert_flags JSONB, 
	otp_metadata JSONB NOT NULL, 
	submitted_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	reviewed_by UUID, 
	metadata JSONB, 
	CONSTRAINT pk_form_submissions PRIMARY KEY (id), 
	CONSTRAINT fk_form_submissions_form_id FOREIGN KEY(form_id) REFERENCES public.forms (id), 
	CONSTRAINT fk_form_submissions_student_id FOREIGN KEY(student_id) REFERENCES public.students (id)
);

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS form_id UUID;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS answers JSONB;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS alert_flags JSONB;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS otp_metadata JSONB;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS submitted_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS reviewed_by UUID;

ALTER TABLE public.form_submissions ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.form_submissions'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['student_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_form_submissions_student_id ON public.form_submissions (student_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.instructor_profiles (
	employee_id UUID NOT NULL, 
	working_days INTEGER[], 
	break_time_minutes INTEGER, 
	metadata JSONB, 
	CONSTRAINT pk_instructor_profiles PRIMARY KEY (employee_id), 
	CONSTRAINT fk_instructor_profiles_employee_id FOREIGN KEY(employee_id) REFERENCES public."Employees" (id)
);

ALTER TABLE public.instructor_profiles ADD COLUMN IF NOT EXISTS working_days INTEGER[];

ALTER TABLE public.instructor_profiles ADD COLUMN IF NOT EXISTS break_time_minutes INTEGER;

ALTER TABLE public.instructor_profiles ADD COLUMN IF NOT EXISTS metadata JSONB;

CREATE TABLE IF NOT EXISTS public.instructor_service_capabilities (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	employee_id UUID NOT NULL, 
	service_id UUID NOT NULL, 
	max_students INTEGER DEFAULT '1' NOT NULL, 
	base_rate NUMERIC, 
	metadata JSONB, 
	CONSTRAINT pk_instructor_service_capabilities PRIMARY KEY (id), 
	CONSTRAINT uq_instructor_service_capabilities_employee_id_service_id UNIQUE (employee_id, service_id), 
	CONSTRAINT fk_instructor_service_capabilities_employee_id FOREIGN KEY(employee_id) REFERENCES public."Employees" (id), 
	CONSTRAINT fk_instructor_service_capabilities_service_id FOREIGN KEY(service_id) REFERENCES public."Services" (id)
);

ALTER TABLE public.instructor_service_capabilities ADD COLUMN IF NOT EXISTS employee_id UUID;

ALTER TABLE public.instructor_service_capabilities ADD COLUMN IF NOT EXISTS service_id UUID;

ALTER TABLE public.instructor_service_capabilities ADD COLUMN IF NOT EXISTS max_students INTEGER DEFAULT '1' NOT NULL;

ALTER TABLE public.instructor_service_capabilities ADD COLUMN IF NOT EXISTS base_rate NUMERIC;

ALTER TABLE public.instructor_service_capabilities ADD COLUMN IF NOT EXISTS metadata JSONB;

CREATE TABLE IF NOT EXISTS public.lesson_templates (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	student_id UUID NOT NULL, 
	instructor_employee_id UUID NOT NULL, 
	service_id UUID NOT NULL, 
	day_of_week INTEGER NOT NULL, 
	time_of_day TIME WITHOUT TIME ZONE NOT NULL, 
	duration_minutes INTEGER NOT NULL, 
	valid_from DATE NOT NULL, 
	valid_until DATE, 
	price_override NUMERIC, 
	notes_internal TEXT, 
	flags JSONB, 
	is_active BOOLEAN DEFAULT true NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	supersedes_template_id UUID, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_lesson_templates PRIMARY KEY (id), 
	CONSTRAINT ck_lesson_templates_day_of_week CHECK (day_of_week BETWEEN 0 AND 6), 
	CONSTRAINT fk_lesson_templates_student_id FOREIGN KEY(student_id) REFERENCES public.students (id), 
	CONSTRAINT fk_lesson_templates_instructor_employee_id FOREIGN KEY(instructor_employee_id) REFERENCES public."Employees" (id), 
	CONSTRAINT fk_lesson_templates_service_id FOREIGN KEY(service_id) REFERENCES public."Services" (id), 
	CONSTRAINT fk_lesson_templates_supersedes_template_id FOREIGN KEY(supersedes_template_id) REFERENCES public.lesson_templates (id)
);

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS instructor_employee_id UUID;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS service_id UUID;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS day_of_week INTEGER;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS time_of_day TIME WITHOUT TIME ZONE;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS duration_minutes INTEGER;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS valid_from DATE;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS valid_until DATE;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS price_override NUMERIC;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS notes_internal TEXT;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS flags JSONB;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS is_active BOOLEAN DEFAULT true NOT NULL;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS version INTEGER DEFAULT '1' NOT NULL;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS supersedes_template_id UUID;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.lesson_templates ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_templates'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['student_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_lesson_templates_student_id ON public.lesson_templates (student_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.otp_challenges (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	student_id UUID, 
	channel TEXT NOT NULL, 
	destination TEXT NOT NULL, 
	token_hash TEXT NOT NULL, 
	status TEXT DEFAULT 'pending' NOT NULL, 
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL, 
	verified_at TIMESTAMP WITH TIME ZONE, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	ip TEXT, 
	metadata JSONB, 
	CONSTRAINT pk_otp_challenges PRIMARY KEY (id), 
	CONSTRAINT ck_otp_challenges_channel CHECK (channel IN ('whatsapp','email')), 
	CONSTRAINT ck_otp_challenges_status CHECK (status IN ('pending','verified','expired','cancelled')), 
	CONSTRAINT fk_otp_challenges_student_id FOREIGN KEY(student_id) REFERENCES public.students (id)
);

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS channel TEXT;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS destination TEXT;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS token_hash TEXT;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS status TEXT DEFAULT 'pending' NOT NULL;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS expires_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS verified_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS attempts INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS ip TEXT;

ALTER TABLE public.otp_challenges ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.otp_challenges'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['student_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_otp_challenges_student_id ON public.otp_challenges (student_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.payments (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	student_id UUID NOT NULL, 
	payer_guardian_id UUID, 
	amount NUMERIC NOT NULL, 
	paid_on DATE NOT NULL, 
	method TEXT NOT NULL, 
	details JSONB, 
	notes TEXT, 
	taken_by TEXT NOT NULL, 
	taken_by_id UUID, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	voided_at TIMESTAMP WITH TIME ZONE, 
	voided_by TEXT, 
	void_reason TEXT, 
	metadata JSONB, 
	CONSTRAINT pk_payments PRIMARY KEY (id), 
	CONSTRAINT ck_payments_payments_method CHECK (method IN ('cash','check','credit_card','bank_transfer','payment_app')), 
	CONSTRAINT ck_payments_payments_amount_positive CHECK (amount > 0), 
	CONSTRAINT fk_payments_student_id FOREIGN KEY(student_id) REFERENCES public.students (id), 
	CONSTRAINT fk_payments_payer_guardian_id FOREIGN KEY(payer_guardian_id) REFERENCES public.guardians (id)
);

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS payer_guardian_id UUID;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS amount NUMERIC;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS paid_on DATE;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS method TEXT;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS details JSONB;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS notes TEXT;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS taken_by TEXT;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS taken_by_id UUID;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS voided_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS voided_by TEXT;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS void_reason TEXT;

ALTER TABLE public.payments ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.payments'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['paid_on']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_payments_paid_on ON public.payments (paid_on);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.payments'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['student_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_payments_student_id ON public.payments (student_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.student_guardians (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	student_id UUID NOT NULL, 
	guardian_id UUID NOT NULL, 
	relationship TEXT NOT NULL, 
	is_primary BOOLEAN DEFAULT false NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	deleted BOOLEAN DEFAULT false NOT NULL, 
	deleted_at TIMESTAMP WITH TIME ZONE, 
	deleted_by UUID, 
	CONSTRAINT pk_student_guardians PRIMARY KEY (id), 
	CONSTRAINT ck_student_guardians_relationship CHECK (relationship IN ('father','mother','self','caretaker','other')), 
	CONSTRAINT uq_student_guardians_student_id_guardian_id UNIQUE (student_id, guardian_id), 
	CONSTRAINT fk_student_guardians_student_id FOREIGN KEY(student_id) REFERENCES public.students (id), 
	CONSTRAINT fk_student_guardians_guardian_id FOREIGN KEY(guardian_id) REFERENCES public.guardians (id)
);

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS guardian_id UUID;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS relationship TEXT;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS is_primary BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS deleted BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS deleted_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.student_guardians ADD COLUMN IF NOT EXISTS deleted_by UUID;

CREATE TABLE IF NOT EXISTS public.waiting_list_entries (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	student_id UUID NOT NULL, 
	desired_service_id UUID NOT NULL, 
	preferred_days INTEGER[], 
	preferred_times JSONB, 
	instructor_preferences UUID[], 
	willing_to_pay_premium BOOLEAN DEFAULT false NOT NULL, 
	priority_flag BOOLEAN DEFAULT false NOT NULL, 
	priority_reason TEXT, 
	notes TEXT, 
	status TEXT DEFAULT 'open' NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_waiting_list_entries PRIMARY KEY (id), 
	CONSTRAINT ck_waiting_list_entries_status CHECK (status IN ('open','matched','closed')), 
	CONSTRAINT fk_waiting_list_entries_student_id FOREIGN KEY(student_id) REFERENCES public.students (id), 
	CONSTRAINT fk_waiting_list_entries_desired_service_id FOREIGN KEY(desired_service_id) REFERENCES public."Services" (id)
);

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS desired_service_id UUID;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS preferred_days INTEGER[];

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS preferred_times JSONB;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS instructor_preferences UUID[];

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS willing_to_pay_premium BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS priority_flag BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS priority_reason TEXT;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS notes TEXT;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS status TEXT DEFAULT 'open' NOT NULL;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.waiting_list_entries ADD COLUMN IF NOT EXISTS metadata JSONB;

CREATE TABLE IF NOT EXISTS public.lesson_template_overrides (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	template_id UUID NOT NULL, 
	target_date DATE NOT NULL, 
	override_type TEXT NOT NULL, 
	new_instructor_employee_id UUID, 
	new_service_id UUID, 
	new_time_of_day TIME WITHOUT TIME ZONE, 
	new_duration_minutes INTEGER, 
	note TEXT, 
	created_by UUID, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	deleted BOOLEAN DEFAULT false NOT NULL, 
	deleted_at TIMESTAMP WITH TIME ZONE, 
	deleted_by UUID, 
	CONSTRAINT pk_lesson_template_overrides PRIMARY KEY (id), 
	CONSTRAINT ck_lesson_template_overrides_override_type CHECK (override_type IN ('cancel','modify')), 
	CONSTRAINT uq_lesson_template_overrides_template_id_target_date UNIQUE (template_id, target_date), 
	CONSTRAINT fk_lesson_template_overrides_template_id FOREIGN KEY(template_id) REFERENCES public.lesson_templates (id)
);

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS template_id UUID;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS target_date DATE;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS override_type TEXT;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS new_instructor_employee_id UUID;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS new_service_id UUID;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS new_time_of_day TIME WITHOUT TIME ZONE;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS new_duration_minutes INTEGER;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS note TEXT;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS created_by UUID;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS deleted BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS deleted_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.lesson_template_overrides ADD COLUMN IF NOT EXISTS deleted_by UUID;

CREATE TABLE IF NOT EXISTS public.lesson_instances (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	template_id UUID, 
	datetime_start TIMESTAMP WITH TIME ZONE NOT NULL, 
	duration_minutes INTEGER NOT NULL, 
	instructor_employee_id UUID NOT NULL, 
	service_id UUID NOT NULL, 
	status TEXT NOT NULL, 
	documentation_status TEXT DEFAULT 'undocumented' NOT NULL, 
	created_source TEXT NOT NULL, 
	applied_override_id UUID, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_lesson_instances PRIMARY KEY (id), 
	CONSTRAINT ck_lesson_instances_status CHECK (status IN ('scheduled','completed','cancelled_student','cancelled_clinic','no_show')), 
	CONSTRAINT ck_lesson_instances_documentation_status CHECK (documentation_status IN ('undocumented','documented')), 
	CONSTRAINT ck_lesson_instances_created_source CHECK (created_source IN ('weekly_generation','one_time','manual_reschedule','migration')), 
	CONSTRAINT fk_lesson_instances_template_id FOREIGN KEY(template_id) REFERENCES public.lesson_templates (id), 
	CONSTRAINT fk_lesson_instances_instructor_employee_id FOREIGN KEY(instructor_employee_id) REFERENCES public."Employees" (id), 
	CONSTRAINT fk_lesson_instances_service_id FOREIGN KEY(service_id) REFERENCES public."Services" (id), 
	CONSTRAINT fk_lesson_instances_applied_override_id FOREIGN KEY(applied_override_id) REFERENCES public.lesson_template_overrides (id)
);

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS template_id UUID;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS datetime_start TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS duration_minutes INTEGER;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS instructor_employee_id UUID;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS service_id UUID;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS status TEXT;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS documentation_status TEXT DEFAULT 'undocumented' NOT NULL;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS created_source TEXT;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS applied_override_id UUID;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.lesson_instances ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_instances'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['datetime_start']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_lesson_instances_datetime_start ON public.lesson_instances (datetime_start);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_instances'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['instructor_employee_id', 'datetime_start']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_lesson_instances_instructor_employee_id_datetime_start ON public.lesson_instances (instructor_employee_id, datetime_start);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_instances'::regclass AND i.indisunique
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['template_id', 'datetime_start']::text[]
    ) THEN
        CREATE UNIQUE INDEX IF NOT EXISTS uq_lesson_instances_generated_occurrence ON public.lesson_instances (template_id, datetime_start) WHERE template_id IS NOT NULL AND created_source = 'weekly_generation';
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.lesson_earnings (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	employee_id UUID NOT NULL, 
	lesson_instance_id UUID NOT NULL, 
	rate_used NUMERIC NOT NULL, 
	payout_amount NUMERIC NOT NULL, 
	work_session_id UUID, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_lesson_earnings PRIMARY KEY (id), 
	CONSTRAINT fk_lesson_earnings_employee_id FOREIGN KEY(employee_id) REFERENCES public."Employees" (id), 
	CONSTRAINT fk_lesson_earnings_lesson_instance_id FOREIGN KEY(lesson_instance_id) REFERENCES public.lesson_instances (id), 
	CONSTRAINT fk_lesson_earnings_work_session_id FOREIGN KEY(work_session_id) REFERENCES public."WorkSessions" (id)
);

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS employee_id UUID;

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS lesson_instance_id UUID;

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS rate_used NUMERIC;

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS payout_amount NUMERIC;

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS work_session_id UUID;

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.lesson_earnings ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_earnings'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['employee_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_lesson_earnings_employee_id ON public.lesson_earnings (employee_id);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_earnings'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['lesson_instance_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_lesson_earnings_lesson_instance_id ON public.lesson_earnings (lesson_instance_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.lesson_participants (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	lesson_instance_id UUID NOT NULL, 
	student_id UUID NOT NULL, 
	participant_status TEXT NOT NULL, 
	price_charged NUMERIC, 
	pricing_breakdown JSONB, 
	commitment_id UUID, 
	documentation_ref JSONB, 
	metadata JSONB, 
	attendance_confirmed_at TIMESTAMP WITH TIME ZONE, 
	attendance_confirmed_by UUID, 
	documented_at TIMESTAMP WITH TIME ZONE, 
	documented_by UUID, 
	locked_at TIMESTAMP WITH TIME ZONE, 
	CONSTRAINT pk_lesson_participants PRIMARY KEY (id), 
	CONSTRAINT ck_lesson_participants_participant_status CHECK (participant_status IN ('scheduled','attended','cancelled_student','cancelled_clinic','no_show')), 
	CONSTRAINT uq_lesson_participants_lesson_instance_id_student_id UNIQUE (lesson_instance_id, student_id), 
	CONSTRAINT fk_lesson_participants_lesson_instance_id FOREIGN KEY(lesson_instance_id) REFERENCES public.lesson_instances (id), 
	CONSTRAINT fk_lesson_participants_student_id FOREIGN KEY(student_id) REFERENCES public.students (id), 
	CONSTRAINT fk_lesson_participants_commitment_id FOREIGN KEY(commitment_id) REFERENCES public.commitments (id)
);

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS lesson_instance_id UUID;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS student_id UUID;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS participant_status TEXT;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS price_charged NUMERIC;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS pricing_breakdown JSONB;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS commitment_id UUID;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS documentation_ref JSONB;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS metadata JSONB;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS attendance_confirmed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS attendance_confirmed_by UUID;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS documented_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS documented_by UUID;

ALTER TABLE public.lesson_participants ADD COLUMN IF NOT EXISTS locked_at TIMESTAMP WITH TIME ZONE;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.lesson_participants'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['student_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_lesson_participants_student_id ON public.lesson_participants (student_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.consumption_entries (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	lesson_participant_id UUID NOT NULL, 
	commitment_id UUID, 
	amount_charged NUMERIC NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	metadata JSONB, 
	CONSTRAINT pk_consumption_entries PRIMARY KEY (id), 
	CONSTRAINT fk_consumption_entries_lesson_participant_id FOREIGN KEY(lesson_participant_id) REFERENCES public.lesson_participants (id), 
	CONSTRAINT fk_consumption_entries_commitment_id FOREIGN KEY(commitment_id) REFERENCES public.commitments (id)
);

ALTER TABLE public.consumption_entries ADD COLUMN IF NOT EXISTS lesson_participant_id UUID;

ALTER TABLE public.consumption_entries ADD COLUMN IF NOT EXISTS commitment_id UUID;

ALTER TABLE public.consumption_entries ADD COLUMN IF NOT EXISTS amount_charged NUMERIC;

ALTER TABLE public.consumption_entries ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

ALTER TABLE public.consumption_entries ADD COLUMN IF NOT EXISTS metadata JSONB;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.consumption_entries'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['commitment_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_consumption_entries_commitment_id ON public.consumption_entries (commitment_id);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.consumption_entries'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['lesson_participant_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_consumption_entries_lesson_participant_id ON public.consumption_entries (lesson_participant_id);
    END IF;
END
$index$;

CREATE TABLE IF NOT EXISTS public.payment_allocations (
	id UUID DEFAULT gen_random_uuid() NOT NULL, 
	payment_id UUID NOT NULL, 
	lesson_participant_id UUID, 
	commitment_id UUID, 
	amount NUMERIC NOT NULL, 
	created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
	CONSTRAINT pk_payment_allocations PRIMARY KEY (id), 
	CONSTRAINT ck_payment_allocations_payment_allocations_amount_positive CHECK (amount > 0), 
	CONSTRAINT fk_payment_allocations_payment_id FOREIGN KEY(payment_id) REFERENCES public.payments (id), 
	CONSTRAINT fk_payment_allocations_lesson_participant_id FOREIGN KEY(lesson_participant_id) REFERENCES public.lesson_participants (id), 
	CONSTRAINT fk_payment_allocations_commitment_id FOREIGN KEY(commitment_id) REFERENCES public.commitments (id)
);

ALTER TABLE public.payment_allocations ADD COLUMN IF NOT EXISTS payment_id UUID;

ALTER TABLE public.payment_allocations ADD COLUMN IF NOT EXISTS lesson_participant_id UUID;

ALTER TABLE public.payment_allocations ADD COLUMN IF NOT EXISTS commitment_id UUID;

ALTER TABLE public.payment_allocations ADD COLUMN IF NOT EXISTS amount NUMERIC;

ALTER TABLE public.payment_allocations ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.payment_allocations'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['lesson_participant_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_payment_allocations_lesson_participant_id ON public.payment_allocations (lesson_participant_id);
    END IF;
END
$index$;

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.payment_allocations'::regclass
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['payment_id']::text[]
    ) THEN
        CREATE INDEX IF NOT EXISTS ix_payment_allocations_payment_id ON public.payment_allocations (payment_id);
    END IF;
END
$index$;

DO $view$
BEGIN
    IF to_regclass('public.commitment_balances') IS NULL THEN
        CREATE VIEW public.commitment_balances AS
        SELECT c.id AS commitment_id,
       c.student_id AS student_id,
       c.service_id AS service_id,
       c.total_amount AS total_amount,
       COALESCE(SUM(e.amount_charged), 0) AS consumed_amount,
       c.total_amount - COALESCE(SUM(e.amount_charged), 0) AS remaining_balance
FROM public.commitments c
LEFT JOIN public.consumption_entries e ON e.commitment_id = c.id
GROUP BY c.id, c.student_id, c.service_id, c.total_amount;
    END IF;
END
$view$;

CREATE OR REPLACE FUNCTION public.reinex_sync_capture() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $capture$
DECLARE
    new_key text;
    old_key text;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        new_key := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_key := to_jsonb(OLD) ->> TG_ARGV[0];
    END IF;
    IF TG_NARGS > 1 AND TG_ARGV[1] = 'shared' THEN
        BEGIN
            IF old_key IS NOT NULL AND old_key IS DISTINCT FROM new_key THEN
                INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
                VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, old_key, 'D', clock_timestamp());
            END IF;
            IF new_key IS NOT NULL THEN
                INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
                VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, new_key, left(TG_OP, 1), clock_timestamp());
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'Reinex: a change of % was not recorded for workstations: %', TG_TABLE_NAME, SQLERRM;
        END;
    ELSE
        IF old_key IS NOT NULL AND old_key IS DISTINCT FROM new_key THEN
            INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
            VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, old_key, 'D', clock_timestamp());
        END IF;
        IF new_key IS NOT NULL THEN
            INSERT INTO public.sync_changes (txid, table_name, row_key, op, changed_at)
            VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME, new_key, left(TG_OP, 1), clock_timestamp());
        END IF;
    END IF;
    RETURN NULL;
END
$capture$;

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public."Employees" FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id', 'shared');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public."Services" FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id', 'shared');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public."Settings" FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id', 'shared');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.forms FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.generation_runs FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.guardians FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.students FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public."RateHistory" FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id', 'shared');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public."WorkSessions" FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id', 'shared');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.commitments FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.form_submissions FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.instructor_profiles FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('employee_id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.instructor_service_capabilities FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.lesson_templates FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.otp_challenges FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.payments FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.student_guardians FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.waiting_list_entries FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.lesson_template_overrides FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.lesson_instances FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.lesson_earnings FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.lesson_participants FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.consumption_entries FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

CREATE OR REPLACE TRIGGER reinex_sync_capture AFTER INSERT OR UPDATE OR DELETE ON public.payment_allocations FOR EACH ROW EXECUTE FUNCTION public.reinex_sync_capture('id');

DO $index$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = 'public.sync_applied_mutations'::regclass AND i.indisunique
          AND ARRAY(
              SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord
          ) = ARRAY['mutation_id']::text[]
    ) THEN
        CREATE UNIQUE INDEX IF NOT EXISTS uq_sync_applied_mutations_mutation_id ON public.sync_applied_mutations (mutation_id);
    END IF;
END
$index$;

DO $access$
DECLARE
    granted text[] := ARRAY['audit_events', 'forms', 'generation_runs', 'guardians', 'students', 'sync_applied_mutations', 'sync_changes', 'sync_feed_state', 'commitments', 'form_submissions', 'instructor_profiles', 'instructor_service_capabilities', 'lesson_templates', 'otp_challenges', 'payments', 'student_guardians', 'waiting_list_entries', 'lesson_template_overrides', 'lesson_instances', 'lesson_earnings', 'lesson_participants', 'consumption_entries', 'payment_allocations']::text[];
    own text[] := ARRAY['audit_events', 'generation_runs', 'sync_applied_mutations', 'sync_changes', 'sync_feed_state', 'payments', 'payment_allocations']::text[];
    grantees text[] := ARRAY(
        SELECT rolname::text FROM pg_roles WHERE rolname = ANY(ARRAY['authenticated', 'app_user']::text[]) ORDER BY rolname
    );
    -- Decided before granting anything: the app's own tables, and those no tenant role can read yet.
    receiving text[] := ARRAY(
        SELECT t FROM unnest(granted) AS t
        WHERE t = ANY(own) OR NOT EXISTS (SELECT 1 FROM unnest(grantees) AS g WHERE has_table_privilege(g, format('public.%I', t), 'SELECT'))
    );
    view_unshared boolean := NOT EXISTS (SELECT 1 FROM unnest(grantees) AS g WHERE has_table_privilege(g, 'public.commitment_balances', 'SELECT'));
    tbl text;
    grantee text;
    seq text;
BEGIN
    IF cardinality(grantees) = 0 THEN
        RETURN;
    END IF;
    FOREACH grantee IN ARRAY grantees LOOP
        IF NOT has_schema_privilege(grantee, 'public', 'USAGE') THEN
            EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', grantee);
        END IF;
        FOREACH tbl IN ARRAY receiving LOOP
            IF NOT (has_table_privilege(grantee, format('public.%I', tbl), 'SELECT') AND has_table_privilege(grantee, format('public.%I', tbl), 'INSERT') AND has_table_privilege(grantee, format('public.%I', tbl), 'UPDATE') AND has_table_privilege(grantee, format('public.%I', tbl), 'DELETE')) THEN
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.%I TO %I', tbl, grantee);
            END IF;
        END LOOP;
        IF view_unshared AND NOT has_table_privilege(grantee, 'public.commitment_balances', 'SELECT') THEN
            EXECUTE format('GRANT SELECT ON TABLE public.commitment_balances TO %I', grantee);
        END IF;
        seq := pg_get_serial_sequence('public.sync_changes', 'seq');
        IF seq IS NOT NULL AND NOT has_sequence_privilege(grantee, seq, 'USAGE') THEN
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', seq, grantee);
        END IF;
    END LOOP;
    IF NOT EXISTS (
        SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT (c.relname = ANY(own))
    ) THEN
        RETURN;  -- the tenant does not use row-level security: neither do the app's tables
    END IF;
    FOREACH tbl IN ARRAY own LOOP
        IF NOT (SELECT relrowsecurity FROM pg_class WHERE oid = format('public.%I', tbl)::regclass) THEN
            EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', tbl);
        END IF;
        IF NOT EXISTS (
            SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = tbl AND policyname = 'reinex_full_access'
        ) THEN
            EXECUTE format(
                'CREATE POLICY reinex_full_access ON public.%I FOR ALL TO %s USING (true) WITH CHECK (true)',
                tbl, (SELECT string_agg(quote_ident(r), ', ') FROM unnest(grantees) AS r)
            );
        END IF;
    END LOOP;
END
$access$;

COMMIT;
