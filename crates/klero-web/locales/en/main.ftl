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

## Follow-up of recommendations
error-whole-number = Enter a whole number in the allowed range.
error-vote-incomplete = A vote needs the votes for, the votes against and the rule.
error-justification = A position other than "accepted" needs a detailed justification of at least 100 characters, in at least one language.
error-referred-to = Name the authority the recommendation is referred to.
error-progress = Enter a whole number from 0 to 100.
error-milestones = Write one milestone a line, as YYYY-MM-DD followed by what happens.
error-date-past = The date cannot be in the past.
error-date-future = The date cannot be in the future.
error-refused-title = This change is not possible
refused-number-taken = A recommendation with this number already exists.
refused-handed-over = The recommendations have already been handed over to the government; they can no longer be changed.
refused-not-handed-over = The recommendations have not been handed over yet.
refused-no-recommendations = There are no recommendations to hand over yet.
refused-round-published = This review round has been published: its answers are final. A later round can supersede them.
refused-not-published = Only published answers can be judged.
refused-not-empty = An import needs a panel without recommendations.
refused-unknown = There is no such recommendation, round or question.
refused-already-replied = This question has already been answered.
refused-reply-empty = Write a reply before sending it.
position-accepted = Accepted
position-partially_accepted = Partially accepted
position-rejected = Rejected
position-under_study = Under study
position-outside_powers = Outside the government's powers
verdict-satisfied = Satisfied
verdict-partly = Partly satisfied
verdict-not_satisfied = Not satisfied
status-unanswered = Not answered yet
status-overdue = Overdue
overdue-days = Overdue by { $days ->
        [one] one day
       *[other] { $days } days
    }
due-in-days = { $days ->
        [0] Due today
        [one] Due tomorrow
       *[other] Due in { $days } days
    }
draft = Draft
draft-explained = Not public until the government publishes the round.
tracker-title = Follow-up of panel { $number }
tracker-heading = Follow-up of the recommendations:
tracker-not-handed-over = The recommendations have not been handed over to the government yet.
tracker-handed-over = Handed over to the government on { $date }.
tracker-summary = Where things stand
tracker-total = Recommendations
tracker-average-progress = Average progress
tracker-chart-caption = The government's latest published position on each recommendation
tracker-position = Position
tracker-count = Recommendations
tracker-share = Share
tracker-recommendations = Recommendations
tracker-showing = Showing { $shown } of { $total } recommendations.
tracker-status = Status
tracker-verdict = Commission's verdict
export-csv = Open data (CSV)
export-json = Open data (JSON)
export-atom = News feed (Atom)
filter-all = All
filter-status = Status
filter-apply = Filter
rounds-heading = Review rounds
round-months = { $months }-month review
round-due-label = Review due { $date }
round-due-on = due { $date }
round-published-on = Published on { $date }
round-history = Changes to this round
round-created-due = created, due { $date }
round-moved = moved from { $from } to { $to }
round-publish = Publish
round-move = Move the due date
round-new-due = New due date
round-add = Add a review round
answers-heading = The government's answers
answer-missing = No answer
answer-edit = Answer
answer-save = Save the draft answer
commission-verdict = The follow-up commission's verdict
verdict-none = No verdict yet.
verdict-satisfied-count = satisfied: { $count }
verdict-partly-count = partly: { $count }
verdict-not-count = not satisfied: { $count }
verdict-give = Your verdict on this answer
verdict-save = Save my verdict
referred-to = referred to { $to }
vote-adopted = Adopted:
vote-for = { $count } for
vote-against = { $count } against
vote-abstain = { $count } abstentions
vote-rule = rule: { $rule }
vote-legend = The vote that adopted it
field-vote-for = Votes for
field-vote-against = Votes against
field-vote-abstain = Abstentions
field-vote-rule = Majority rule (for example 80%)
field-number = Number
field-text = Full text
field-position = Position
field-justification = Justification
field-measures = Planned measures
field-department = Responsible department
field-budget = Budget
field-deadline = Deadline for the measures
field-progress = Progress (%)
field-milestones = Milestones
field-referred-to = Referred to (when outside the government's powers)
field-comment = Comment (public, without your name)
field-question = Your question
field-due-on = Due date
field-reason = Reason (shown publicly)
field-handed-over-on = Date of the handover
justification-hint = Every position other than "accepted" needs a detailed justification of at least 100 characters.
milestones-hint = One a line: YYYY-MM-DD followed by what happens.
questions-heading = Follow-up questions from the commission
questions-none = No questions so far.
question-number = Question { $number }
question-asked-on = asked on { $date }
question-replied-on = The government's reply, on { $date }:
question-reply = Reply
question-send-reply = Send the reply
question-ask = Ask the government a follow-up question
question-send = Send the question
timeline-heading = Timeline
followup-manage = Recommendations and follow-up
followup-count = { $count ->
        [one] One recommendation.
       *[other] { $count } recommendations.
    }
followup-see-tracker = See the public tracker.
recommendation-add = Add a recommendation
import-heading = Import recommendations
import-lead = A CSV or spreadsheet file with the columns number, title_nl, title_fr, title_en, title_de, text_nl, ..., theme_nl, ..., vote_for, vote_against, vote_abstain, vote_rule; or a tracker exported as CSV or JSON from Kleroterion. All rows are imported, or none.
import-problems = Nothing was imported. Please correct these problems:
import-file = File
import-submit = Import
import-no-file = Choose a file to import.
handover-heading = Hand over to the government
handover-lead = The handover starts the clock: review rounds are created, due 3 and 12 months later. The recommendations can no longer be changed afterwards.
handover-submit = Record the handover
outbox-title = Outbox
outbox-smtp = Messages are sent through the configured mail server.
outbox-no-smtp = No mail server is configured: messages wait here. Copy them by hand or configure one (smtp_url).
outbox-empty = No messages.
outbox-to = to { $to }
outbox-sent = sent
outbox-waiting = waiting
event-recommendations_added = { $detail ->
        [one] One recommendation added
       *[other] { $detail } recommendations added
    }
event-handover = Recommendations handed over to the government on { $detail }
event-round_added = Review round { $round } added, due { $detail }
event-round_moved = Review round { $round } moved to { $detail }
event-round_published = The government published review round { $round } ({ $detail } answers)
event-verdict_given = A commission member judged the answer to recommendation { $rec }: { $verdict }
event-question_asked = The commission asked question { $detail } about recommendation { $rec }
event-question_answered = The government answered question { $detail } about recommendation { $rec }
panel-tracker = Follow-up
mail-round-upcoming-subject = Review round { $round } of panel { $panel } is due on { $date }
mail-round-upcoming-body = The government's answers for review round { $round } of panel { $panel } are due on { $date } ({ $days } days left). Answer every recommendation and publish the round: { $link }
mail-round-overdue-subject = Review round { $round } of panel { $panel } is overdue
mail-round-overdue-body = Review round { $round } of panel { $panel } was due on { $date } and has not been published ({ $days } days overdue). The public tracker shows it: { $link }
mail-question-upcoming-subject = The commission's question { $question } is due on { $date }
mail-question-upcoming-body = The follow-up commission's question { $question } about recommendation { $rec } (panel { $panel }) awaits the government's reply by { $date } ({ $days } days left): { $link }
mail-question-overdue-subject = The commission's question { $question } is overdue
mail-question-overdue-body = The follow-up commission's question { $question } about recommendation { $rec } (panel { $panel }) was due on { $date } and has no reply ({ $days } days overdue): { $link }

# The summit day: participants, check-in, plenary votes
summit-hub = Summit day
summit-nav-label = Summit
summit-participants = Participants
summit-no-participants = No participants yet: import the list of people expected on the day.
summit-attendance-caption = Who is expected, who has come, who did not come
summit-group = Group
summit-expected = Expected
summit-all-groups = All groups
summit-import = Import the participant list
summit-import-lead = A CSV or spreadsheet with the columns id, name and languages (for example nl;fr), and optionally group (drawn, employer, civil_servant, politician, free_thinker, other; drawn when blank) and needs. Every other column (gender, age, area...) is kept for the seating. The whole file is imported or nothing.
summit-import-submit = Import participants
summit-imported = { $count ->
    [one] One participant imported.
   *[other] { $count } participants imported.
}
summit-import-key-taken = the id { $key } is already in this panel's participant list
summit-name-erased = (name erased)
group-drawn = Drawn citizens
group-employer = Employers
group-civil-servant = Civil servants
group-politician = Politicians
group-free-thinker = Free thinkers
group-other = Others
attendance-expected = Expected
attendance-present = Present
attendance-absent = Did not come
checkin-title = Check-in
checkin-present = { $present } of { $total } present
checkin-search = Name or id
checkin-search-submit = Search
checkin-type = Type a name or an id to find the person.
checkin-none = Nobody matches “{ $query }”.
checkin-needs = Needs
checkin-arrive = Check in
checkin-absent = Did not come
checkin-undo = Undo
checkin-new-code = New voting code
checkin-erase = Erase name
checkin-code-title = Voting code
checkin-code-for = Voting code of { $name }:
checkin-code-once = Give this code to the person now: it is shown only once. If it is lost, give a new one; the old one then stops working.
checkin-code-where = They vote on their phone at { $url }
checkin-next = Next person
votes-heading = Plenary votes
votes-none = No votes yet.
vote-new = New vote
vote-question = Question
vote-options = Options
vote-options-hint = One option per line, 2 to 50.
vote-kind = Kind of ballot
vote-kind-choose-one = Choose one
vote-kind-choose-up-to = Choose up to k
vote-kind-rank = Rank the options
vote-kind-points = Distribute points
vote-kind-agreement = Agreement scale
vote-kind-choose-up-to-k = Choose up to { $k }
vote-kind-points-budget = Distribute { $budget } points
vote-k = k (for “choose up to k”)
vote-budget = Points to distribute (for “distribute points”)
vote-eligibility = Who may vote
vote-eligibility-drawn-only = Only the drawn citizens
vote-eligibility-everyone = Everyone present
vote-create = Create the vote
vote-number = Vote { $number }
vote-state-draft = Draft
vote-state-open = Open
vote-state-closed = Closed
vote-make-open = Open the vote
vote-make-closed = Close the vote
vote-turnout = { $cast } of { $eligible } voted
vote-results = Results
vote-results-summary = { $counted } ballots counted, { $abstentions } abstentions.
vote-place = Place
vote-option = Option
vote-figure = Result
vote-detail = Detail
vote-tied = tied
vote-figure-votes = { $n ->
    [one] 1 vote
   *[other] { $n } votes
}
vote-figure-borda = { $n } Borda points
vote-figure-first = { $n ->
    [one] ranked first once
   *[other] ranked first { $n } times
}
vote-figure-points = { $n ->
    [one] 1 point
   *[other] { $n } points
}
vote-figure-mean = mean { $mean } of 5
vote-figure-levels = answers per level { $levels } ({ $answers } answers)
vote-not-open-yet = This vote has not opened yet.
projector-link = Projector
projector-how = Vote on your phone with the code you got at the entrance.
vote-page-link = Voting page for participants
results-title = Results of the votes
results-none = No vote has closed yet.
results-json = Full breakdown (JSON)
paper-heading = Enter a paper ballot
paper-counts = { $phone } ballots from phones, { $paper } on paper.
paper-serial = Number of the paper ballot
paper-serial-hint = Entering a number again replaces that ballot.
paper-submit = Enter the ballot
paper-abstain = Enter an abstention
paper-saved = Paper ballot { $serial } entered.
error-paper-serial = Give the number printed on the paper ballot (1 or more).
vote-title = Vote
vote-code = Your voting code
vote-code-hint = The code of 10 letters and digits you got at the entrance, for example ABCDE-FGHJK.
vote-code-submit = Continue
vote-code-unknown = This code is not known. Check it, or ask at the entrance.
vote-code-needed = Enter your voting code first.
vote-code-throttled = Too many wrong codes from this connection. Wait ten minutes, or ask at the entrance.
vote-none-open = No vote is open right now. This page shows the next vote once it opens.
vote-refresh = Look again
vote-cast = Your ballot in vote { $number } is recorded. You can change it until the vote closes.
vote-you-voted = You have voted; you can change your ballot until the vote closes.
vote-not-eligible = Only the drawn citizens vote on this question.
vote-submit = Vote
vote-change = Change my ballot
ballot-abstain = Abstain
vote-closed-heading = Closed votes
vote-leave = Not your phone? Remove the code from it
ballot-help-one = Choose one option.
ballot-help-several = Choose up to { $k } options.
ballot-help-rank = Number the options in your order of preference: 1 for the first; you may leave the last ones blank.
ballot-help-points = Distribute up to { $budget } points among the options.
ballot-help-agreement = Say how much you agree with each statement; you may leave some blank.
ballot-level-1 = Strongly disagree
ballot-level-2 = Disagree
ballot-level-3 = Neither
ballot-level-4 = Agree
ballot-level-5 = Strongly agree
error-vote-options-count = Give between 2 and 50 options, one per line.
error-vote-option-duplicate = Two options are the same.
error-vote-k = Give a whole number between 1 and the number of options.
error-vote-budget = Give a whole number of points between 1 and 1000.
error-vote-empty = Nothing was filled in: choose, or press “Abstain”.
error-vote-choice = A choice is not one of the options.
error-vote-too-many = Too many options chosen.
error-vote-rank = A rank must be a whole number from 1 to the number of options.
error-vote-rank-duplicate = Two options have the same rank.
error-vote-rank-gap = The ranks must follow on from 1 without a gap.
error-vote-points = Points must be whole numbers, 0 or more.
error-vote-over-budget = More points given than there are to distribute.
error-vote-level = Choose a level from 1 to 5.
refused-summit-duplicate-key = This id is already in the participant list.
refused-summit-participant-unknown = This participant is not in the list.
refused-summit-already-checked-in = This person is checked in already; give them a new voting code instead.
refused-summit-not-checked-in = This person is not checked in.
refused-summit-code-taken = This voting code is taken; try again.
refused-summit-code-unknown = This voting code is not known.
refused-summit-not-eligible = Your group does not vote on this question.
refused-summit-vote-unknown = There is no such vote.
refused-summit-vote-not-open = This vote is not open.
refused-summit-vote-not-editable = This vote has opened; its question and options are fixed.
refused-summit-vote-state = A vote goes from draft to open to closed, not back.
refused-summit-ballot-invalid = This ballot does not fit the vote.

# Seating at tables
seating-title = Seating at tables
seating-present = { $count ->
    [one] One person is present.
   *[other] { $count } people are present.
}
seating-problems = The people present could not be seated
seating-table-size = People per table
seating-rounds = Rounds
error-seating-number = Give a whole number within the allowed range.
seating-balance = Each table mirrors the room on
seating-bilingual = Bilingual tables with a translator
seating-bilingual-hint = Language pairs that may share a table, for example fr+nl. Leave blank for tables of one language only.
seating-seed = Seed text
seating-seed-hint = Any text; the same people, settings and seed give the same seating.
seating-mode = Late arrivals
seating-mode-keep = Keep everyone's seat and add the people who arrived since
seating-mode-fresh = Seat everyone afresh
seating-run = Seat the people present
seating-too-few = Check in at least two people first.
seating-infeasible = The language rules cannot be met:
seating-pins = Pinned seats
seating-pins-lead = Someone who needs a particular table (an accessible one, near the door...) sits there in every round.
seating-pin-key = Participant's id
seating-pin-table = Table
seating-pin-table-hint = Leave blank to remove the pin.
seating-pin-submit = Pin
seating-pin-unknown = No participant has this id.
seating-result = The seating
seating-figure-people = { $tables ->
    [one] { $people } people at one table.
   *[other] { $people } people at { $tables } tables.
}
seating-figure-sizes = Tables of { $smallest } to { $largest } people.
seating-figure-repeats = { $pairs ->
    [0] Nobody sits with the same person twice.
    [one] One pair sits together a second time.
   *[other] { $pairs } pairs sit together a second time.
}
seating-figure-added = { $added ->
    [one] One person who arrived late was added.
   *[other] { $added } people who arrived late were added.
}
seating-figure-balance = { $column }: every table within { $deviation } people of its share of the room
seating-figure-outside = { $tables } tables off by more than one
seating-list = Seating list
seating-print-round = print this round
seating-cards = Table cards
seating-none = No seating yet.
seating-round = Round { $number }
seating-table = Table { $number }
seating-qr-alt = QR code of the voting page, { $url }
seating-card-vote = Vote on your phone with the code you got at the entrance:
## Summit programme, table proposals, shortlist
programme-title = Programme
programme-none = The programme has no rounds yet.
programme-add = Add a round
programme-add-submit = Add the round
programme-save = Save the round
round-number = Round { $number }
round-label = Round { $number }: { $theme }
round-theme = Theme
round-duration = Duration (minutes)
round-question = Question for the tables
round-minutes = { $minutes } minutes
tables-title = Table proposals
tables-no-rounds = The organisers have not added any rounds yet.
tables-round = Round
tables-table = Table number
tables-choose = Choose
tables-entry-heading = Table { $table }, round { $number }
tables-proposal = Proposal
tables-add = Add proposal
tables-added = The proposal was added.
tables-waiting = Waiting to be sent
tables-all-sent = Everything has been sent.
tables-list-heading = This table's proposals in this round
proposals-title = Proposals and shortlist
proposals-count = Proposals ({ $count })
proposals-none = No proposals yet.
proposals-table = Table { $table }
shortlist-merge = Merge the ticked proposals
shortlist-into = Into
shortlist-new-item = A new shortlist item
shortlist-title = Title of the new item
shortlist-submit = Add to the shortlist
shortlist-heading = Shortlist
shortlist-none = The shortlist is empty.
shortlist-tables = Proposed by tables { $tables }
shortlist-remove = Remove
shortlist-vote-question = Question of a vote on the shortlist
shortlist-to-vote = Prepare a vote with the shortlist as options
error-round-minutes = Give a duration from 1 to 600 minutes.
error-control-characters = This text contains characters that cannot be stored.
error-client-id = This form is out of date: reload the page and try again.
error-table-number = Choose a round and a table number from 1 to 1000.
error-shortlist-none-ticked = Tick at least one proposal.
refused-summit-round-unknown = There is no such round.
refused-summit-proposal-unknown = There is no such proposal.
refused-summit-shortlist-unknown = There is no such shortlist item.

## Summit staffing: facilitators, translators and the groups' quotas
error-translator-languages = A translator needs at least two languages, for example fr; nl.
error-quota-number = Enter a whole number from 0 to 100000, or leave it blank.
error-quota-order = The minimum is above the maximum.
error-staff-account = Choose an account that holds the facilitator role in this assembly.
refused-summit-staff-unknown = There is no such facilitator or translator.
refused-summit-over-quota = A group would have more people than its quota allows.
summit-over-quota = { $group } would have { $count } people on the list, above its maximum of { $max }.
seating-figure-untranslated = { $tables ->
    [one] One bilingual table has no translator: add a translator who speaks both languages and seat again.
   *[other] { $tables } bilingual tables have no translator: add translators who speak both languages and seat again.
}
seating-facilitator = Facilitator: { $name }
seating-translator = Translator: { $name }
staff-heading = Facilitators and translators
staff-lead = Each table gets a facilitator who speaks its language and stays there for every round; each bilingual table gets a translator who speaks both its languages. With facilitators listed, there must be one for every table.
staff-none = No facilitators or translators yet: tables are seated without them.
staff-caption = Facilitators and translators, with the table the seating gave them
staff-name = Name
staff-role = Role
staff-languages = Languages
staff-languages-hint = Language codes separated by ; for example nl; fr
staff-table = Table
staff-actions = Actions
staff-linked = signs in
staff-remove = Remove { $name }
staff-add = Add a facilitator or translator
staff-add-submit = Add
staff-account = Their account
staff-account-hint = A facilitator linked to their account finds their table already chosen on the proposals page.
staff-account-none = No account
staff-role-facilitator = Facilitator
staff-role-translator = Translator
summit-quota = Quota
summit-quota-short = below its minimum
summit-quotas = Quotas of the groups
summit-quotas-lead = At a summit of the whole system each group has its own seats. A list that would take a group above its maximum is refused; a group with fewer people present than its minimum is marked.
summit-quotas-caption = Minimum and maximum number of people per group (blank: none)
summit-quota-min = Minimum
summit-quota-max = Maximum
summit-quotas-save = Save the quotas
tables-signin = Your session has ended. The proposals waiting here are kept on this phone; they are sent once you have signed in again.
tables-signin-link = Sign in again
