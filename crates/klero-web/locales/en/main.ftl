# Kleroterion: English messages. Every key here must exist in nl, fr and de too (a test checks).

skip-to-content = Skip to content
nav-label = Main
nav-assemblies = Assemblies
nav-account = My account
nav-new-assembly = New assembly
nav-sign-in = Sign in
nav-sign-out = Sign out
lang-switcher-label = Language
footer-text = Kleroterion: citizens' assemblies drawn by lot. Open source.
back-home = Back to the list of assemblies

home-title = Citizens' assemblies
home-lead = Citizens drawn by lot deliberate and make recommendations; here you can follow every assembly.
home-empty = There are no assemblies yet.

kind-one_off = One-off assembly
kind-permanent = Permanent assembly

stage-recruitment = Recruitment
stage-selection = Selection
stage-deliberation = Deliberation
stage-recommendations = Recommendations
stage-follow_up = Follow-up
stage-closed = Closed
stage-position = stage { $position } of 6

role-organiser = Organiser
role-staff = Staff
role-facilitator = Facilitator
role-expert = Expert
role-panel_member = Panel member
role-commission = Follow-up commission member
role-government = Government respondent

panels-title = Panels
panels-caption = Panels of this assembly
panels-none = No panel yet.
panel-number = No.
panel-dates = Dates
panel-new-title = New panel
panel-edit-title = Edit panel { $number }

members-area = Members' area
members-your-roles = Your roles here:
manage-assembly = Manage this assembly
public-page = Public page
organiser-nav-label = Organiser
participants-title = Participants
participants-caption = People with a role in this assembly

field-email = E-mail address
field-password = Password
field-new-password = Choose a password
field-password-confirm = Repeat the password
field-display-name = Name
field-slug = Short name in the address
field-kind = Kind of assembly
field-title = Title
field-description = Description
field-theme = Theme
field-size = Panel size
field-starts-on = First day
field-ends-on = Last day
field-stage = Stage
field-role = Role
field-roles = Roles
hint-slug = 3 to 60 lower-case letters, digits and hyphens, e.g. brussels-climate. It appears in the page address.
hint-display-name = Shown to the other people of the assembly.
hint-password = At least 10 characters. A sentence you will remember works well.
save = Save
form-has-errors = Please correct the following:

error-required = This field is required.
error-choose-one = Choose one of the options.
error-title-one-language = Write it in at least one language.
error-too-long = This text is too long.
error-slug-length = The short name must have 3 to 60 characters.
error-slug-characters = Use only lower-case letters a-z, digits and hyphens; a hyphen cannot come first or last.
error-slug-taken = Another assembly already uses this short name.
error-panel-size = Enter a whole number from 1 to 10000.
error-date = Enter a date as YYYY-MM-DD, e.g. 2027-03-01.
error-ends-before-start = The last day cannot be before the first day.
error-email = Enter an e-mail address such as name@example.org.
error-display-name = Enter a name of 1 to 100 characters.
error-password-length = The password must have at least 10 characters.
error-password-mismatch = The two passwords are not the same.

login-title = Sign in
login-submit = Sign in
login-wrong = The e-mail address or the password is incorrect. Please try again.
login-throttled = Too many attempts. For your security, try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
login-expired = Your session has expired. Please sign in again; you will come back to the page you were on.
login-no-account = Accounts are made by invitation. If you take part in an assembly, its organisers will send you a link.

account-title = My account
account-roles = My assemblies
account-no-roles = You have no role in any assembly yet.
account-platform = Platform
account-admin = Administrator: you may create assemblies.

invitation-title = Invitation
invitation-offer = You are invited to take part in this assembly: { $assembly }. Your role: { $role }.
invitation-offer-admin = You are invited to administer this Kleroterion platform.
invitation-new-account = Choose a name and a password to create your account for { $email }.
invitation-sign-in-first = An account already exists for { $email }. Sign in with it to accept.
invitation-accept = Accept the invitation
invitation-create-account = Create my account
invitation-used = This invitation has already been accepted. Sign in with your account.
invitation-expired = This invitation has expired. Ask the organisers for a new one.
invitation-unknown = This invitation link is not valid. Check that you copied it completely.

assembly-new-title = New assembly

access-title = People and roles
access-invite = Invite someone
access-invite-submit = Create invitation link
access-link-created = Invitation created for { $email }. Send them this link: it can be used once, within 14 days, and cannot be shown again.
access-link-label = Invitation link
access-revoke = Withdraw the role { $role } from { $name }

audit-title = Audit log
audit-lead = Every change to this assembly, newest first (the latest 500). Entries are never edited or removed.
audit-caption = Changes, newest first
audit-when = When
audit-who = Who
audit-what = What
audit-subject = Concerning
audit-before = Before
audit-after = After
audit-system = The platform

error-not-found-title = Page not found
error-not-found-text = There is nothing at this address. It may have moved, or the link may be incomplete.
error-forbidden-title = Not allowed
error-forbidden-text = Your account does not have a role that allows this. If you think it should, ask the assembly's organisers.
error-csrf-title = This form has expired
error-csrf-text = For your security, the form could not be accepted: it was too old or did not come from this site. Go back, reload the page and send it again.
error-bad-request-title = The request could not be read
error-bad-request-text = What was sent could not be understood. Reload the page and try again.
error-unavailable-title = Temporarily unavailable
error-unavailable-text = The platform cannot reach its database at the moment. Please try again in a few minutes.
error-internal-title = Something went wrong
error-internal-text = The platform could not complete this request. Nothing was changed. Please try again; if it happens again, tell the organisers.
