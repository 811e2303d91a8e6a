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
seating-reason-stranded = { $people ->
        [one] One person
       *[other] { $people } people
    } can sit only at a table in { $languages }, which only { $speakers } people present speak: too few for a table of at least { $min }. Allow a bilingual table with a translator (for example fr+nl).
seating-reason-too-many-tables = { $tables } tables of at least { $min } people need more people than the { $present } present.
seating-reason-too-few-facilitators = { $facilitators } facilitators for { $tables } tables: every table needs one. Add facilitators under “Facilitators and translators”.
seating-reason-facilitator-language = { $tables } tables in { $language }, but only { $speakers } facilitators speak that language.
seating-reason-fixed-tables = The tables whose language is fixed (by pinned or kept seats) cannot all get a language their people speak.
seating-reason-no-split = No way of sharing { $tables } tables among the languages seats everyone at a table of at least { $min } in a language they speak.
seating-reason-unseated = In round { $round }, { $people } people cannot sit at a table in a language they speak.
seating-reason-kept-above-seated = More people keep a seat at these tables than are seated in their language.
seating-reason-small-table = In round { $round }, table { $table } ({ $language }) can have only { $people } people who speak its language, fewer than { $min }, given the seats that are pinned or kept.
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
# Selection of a panel among volunteers, and its public draw page.
refused-selection-refused-frozen = The pool is frozen: the quotas and the pool can no longer change.
refused-selection-refused-no-pool = There is no pool yet: upload the quotas and the pool first.
refused-selection-refused-not-frozen = The draw needs a frozen pool, and the panel must not be drawn already.
refused-selection-refused-commitment = The draw does not match the published commitment.
refused-selection-refused-not-drawn = The panel is not drawn yet.
refused-selection-refused-not-member = This person is not a member of the panel.
refused-selection-refused-not-withdrawn = A replacement can only replace members who withdrew.
selection-title = Selection of the panel
selection-state-none = No pool yet
selection-state-open = Pool open
selection-state-frozen = Pool frozen
selection-state-drawn = Panel drawn
draw-public-link = Public draw page
selection-pool = Pool and quotas
selection-no-pool = No quotas and pool have been uploaded yet.
selection-pool-count = { $count } volunteers in the pool.
selection-contacts-count = Contact details kept for { $count }.
selection-composition-caption = Composition against the quotas
selection-feature = Feature
selection-value = Value
selection-quota = Quota (seats)
selection-in-pool = In the pool
selection-on-panel = On the panel
selection-outside-quota = outside the quota
selection-feasible = The engine found a panel that meets every quota: the quotas are feasible with this pool.
selection-infeasible = No panel meets every quota with this pool. The engine's diagnosis:
selection-upload = Upload the quotas and the pool
selection-upload-lead = A new upload replaces the previous one, until the pool is frozen. A file with problems changes nothing.
selection-panel-size = Panel size (seats)
selection-features-file = Quotas (features.csv: feature, value, min, max)
selection-people-file = Pool of volunteers (CSV or spreadsheet)
selection-people-hint = An id column, one column per feature; optional name, email and address columns are kept apart and never enter the draw.
selection-household-column = Household column (optional)
selection-address-columns = Address columns (optional)
selection-address-hint = Separated by commas: people with the same address form a household, and at most one per household is drawn.
selection-upload-submit = Upload and check
selection-freeze-heading = Freeze and commitment
selection-freeze-lead = Freezing fixes the pool, the quotas and the settings and publishes their commitment (a SHA-256 hash) before the seed is drawn. Nothing can change afterwards.
selection-freeze-submit = Freeze the pool and publish the commitment
selection-commitment = Commitment
selection-ceremony = Selection ceremony
selection-ceremony-lead = Enter the seed drawn in public (for example the numbers of dice thrown before witnesses). The engine then draws the panel and an ordered reserve list, and everyone drawn is told by e-mail.
selection-seed = Seed
selection-draw-submit = Draw the panel
selection-members = Members drawn
selection-members-caption = Members by pseudonymous id
selection-id = Id
selection-status = Status
selection-reply = Answer
selection-actions = Actions
selection-withdraw = Record a drop-out
selection-reserves = Reserve list
selection-no-reserves = No one is on the reserve list.
selection-replace = Replacements
selection-waiting = Members who dropped out and are not replaced yet: { $count }.
selection-replace-submit = Draw replacements
selection-erase-heading = Erase the contact details
selection-erased-on = Contact details erased on { $date }.
selection-erase-lead = Erases every name, e-mail address and postal address of this pool. The pseudonymous pool, the draws and their bundles stay.
selection-erase-submit = Erase the contact details
selection-status-pool = In the pool
selection-status-member = Member
selection-status-reserve = Reserve
selection-status-withdrawn = Dropped out, not replaced yet
selection-status-replaced = Dropped out, replaced
selection-reply-confirmed = Confirmed
selection-reply-declined = Declined
selection-error-size = Enter the panel size: a whole number from 1 to 10000.
selection-error-no-features = Choose the quotas file.
selection-error-no-people = Choose the pool file.
selection-imported = { $count } volunteers imported.
selection-error-seed = Enter the seed drawn in public (at most 500 characters).
selection-error-none-withdrawn = No member has dropped out: there is no one to replace.
selection-mail-subject = You have been drawn: { $assembly }
selection-mail-body = Dear { $name }, you have been drawn by lot to serve on the panel. Please confirm or decline here: { $link }
draw-title = The draw
draw-method = How the panel is drawn
draw-method-1 = Volunteers who answered the invitation form the pool. Quotas say how many seats each group gets, so that the panel looks like the population, and at most one person per household is drawn.
draw-method-2 = Among all panels that meet the quotas, the engine gives everyone a chance as equal as the quotas allow (LEXIMIN), and turns it into a lottery of equally likely panels.
draw-method-3 = The pool, the quotas and the settings were fixed and their commitment published before the seed was drawn in public; anyone can download the bundle below and check the draw with klero verify.
draw-not-yet = The pool is not frozen yet: nothing is published.
draw-frozen = Frozen on { $date }, with { $count } volunteers in the pool.
draw-waiting-seed = The seed will be drawn in public at the ceremony.
draw-composition = The panel against the quotas
draw-panel-size = Seats on the panel: { $count }.
draw-probabilities = Everyone's chance
draw-probabilities-lead = The probability of selection of every volunteer, without names or ids.
draw-probabilities-caption = Volunteers by probability of selection
draw-probability = Probability
draw-people = Volunteers
draw-date = Date
draw-bundle = Verification bundle
draw-bundle-lead = Run klero verify on the zip itself, or on the folder you unzipped it into (or download the files below into one folder, keeping input/ as a subfolder). It solves nothing: it checks the lottery against the commitment and the quotas, and the draw from the seed.
draw-lottery = The lottery, published before the seed
draw-lottery-lead = At the freeze the engine rounded everyone's chance to a lottery of { $m } equally likely panels ({ $distinct } distinct ones), published here before the seed is known. Its fingerprint is part of the commitment, so it cannot be changed afterwards. The seed picks one number of the lottery with integer arithmetic only: anyone can redo it.
draw-lottery-change = The rounding moves anyone's chance by at most { $change } percentage points.
draw-lottery-file = Download the lottery (lottery.json)
draw-first = The draw of the panel
draw-replacement = Replacement draw { $number }
draw-chosen = { $count } members drawn.
draw-replaced = { $withdrawn } dropped out; { $chosen } drawn to replace them.
reply-title = Your place on the panel
reply-lead = You have been drawn by lot. Will you take part?
reply-confirm = Yes, I take part
reply-decline = No, I decline
reply-done-confirmed = Thank you: your place is confirmed.
reply-done-declined = Thank you for letting us know; your place goes to someone else.
selection-error-confirm = Tick the box to confirm: this step cannot be undone.
selection-confirm-final = I understand that this cannot be undone.
selection-name = Name
selection-email = E-mail
refused-selection-refused-changed = The pool was uploaded again meanwhile: check it, then freeze again.
selection-problems = Please correct these problems:
draw-bundle-zip = Download the whole bundle (zip)
selection-retention = Contact details are kept for the panel's work only: erase them when the panel ends ({ $date }).
reply-account-lead = As a member of the panel you get an account on this platform, for the programme, the documents and the votes. The link is valid for 14 days.
reply-account-link = Create your account
draw-bundle-replacement-lead = A replacement draw has a bundle of its own, checked the same way with klero verify: its pool is the people still eligible, its seats those left open, its quotas the panel's less what the members who stay fill; panel.csv lists the people drawn to replace those who dropped out, and settings.json who stays.
selection-conflicts = Quotas in conflict
selection-relaxation = The smallest relaxation within min_flex and max_flex
selection-no-relaxation = No relaxation within min_flex and max_flex makes the quotas feasible.

## Recruitment by lot: the invitation lottery, the letters, the registration page
recruitment-title = Recruitment
recruitment-phone-entry = Enter a reply taken on the phone
recruitment-invitations = Invitations
recruitment-register = Register
recruitment-digest = Register's SHA-256
recruitment-seed = Seed
recruitment-drawn-on = Drawn on
recruitment-population = Population
recruitment-sent = Letters
recruitment-replies = Registrations
recruitment-none = No invitations have been drawn yet.
recruitment-draw = Draw the invitations
recruitment-draw-lead = Upload the population register or address list. It is read as a stream and not kept: only the rows drawn are stored. Each area gets invitations in proportion to its population (or over-sampled as you set), at most one per household, never to anyone on the exclusion list. The same file and seed always give the same invitations.
recruitment-register-file = Register (CSV or spreadsheet)
recruitment-register-hint = One row per person, a header row, an id column, the area column and the address columns.
recruitment-count = Number of invitations
recruitment-stratify-by = Column of the area (strata)
recruitment-household-columns = Household columns
recruitment-household-hint = Columns, separated by commas, whose values together identify a household (street, number, postcode).
recruitment-id-column = Id column (default: id)
recruitment-address-columns = Address block of the letter
recruitment-address-hint = One line of the block per line, its columns separated by commas: for example first_name, last_name / street / postcode, commune. Empty: name, street, postcode and town, found from the columns' names.
recruitment-language-column = Language column (optional)
recruitment-languages = Languages of the letter
recruitment-languages-hint = For people without a language in the register: codes separated by commas; several print on the same letter (fr, nl).
recruitment-oversample = Over-sampling (optional)
recruitment-oversample-hint = AREA=FACTOR, separated by commas, for areas that usually answer less (for example Molenbeek=1.5).
recruitment-exclude = Exclusion list (optional)
recruitment-exclude-hint = The ids of people who served before or asked not to be contacted.
recruitment-seed-hint = Text that fixes the lottery, for example numbers drawn in public. It is published with the figures.
recruitment-draw-submit = Draw the invitations
recruitment-dashboard = Replies per area
recruitment-strata-caption = Letters sent and registrations per area, compared with the population
recruitment-stratum = Area
recruitment-population-share = Share of the population
recruitment-response-rate = Response rate
recruitment-replies-share = Share of the registrations
recruitment-gap = Difference
recruitment-letters = Letters
recruitment-letters-download = Download the letters (PDF, one page per letter)
recruitment-letters-lead = Each letter prints the text in the invitee's language or languages, their personal code and a QR code to the registration page. In the text, {"{code}"} stands for the code and {"{url}"} for the registration page's address.
recruitment-letter-text = Letter
recruitment-letter-save = Save the letter
recruitment-letter-code-label = Your personal code
recruitment-quotas = Quotas
recruitment-questions = The registration form asks:
recruitment-no-quotas = No quotas yet: registration opens once the quotas name the questions to ask.
recruitment-quotas-lead = Give each value's share of the population; the platform proposes the seats around the proportional number with your tolerance, puts the registrations in the pool and shows on the selection page whether a panel can be drawn and, if not, which quotas conflict.
recruitment-shares = Population shares
recruitment-shares-hint = One line per value: feature,value,share (a count or a percentage), for example gender,female,51.
recruitment-tolerance = Tolerance (%)
recruitment-quotas-submit = Propose and apply the quotas
recruitment-pool-lead = The selection's pool is made of the registrations that can attend; put them in again after new registrations.
recruitment-pool-submit = Put the registrations in the pool
recruitment-pool-filled = The registrations are in the pool.
recruitment-left-out = The registrations are in the pool, except numbers { $numbers }: an answer is not one of the quotas' values.
recruitment-shares-file = population shares
recruitment-registrants = Registrations
recruitment-no-registrants = Nobody has registered yet.
recruitment-registrants-caption = Registrations, with contact details (organisers and staff only)
recruitment-number = No.
recruitment-contact = Contact
recruitment-answers = Answers
recruitment-available = Available
recruitment-needs = Needs
recruitment-by-phone = by phone
recruitment-withdrawn = withdrawn
recruitment-yes = yes
recruitment-no = no
recruitment-withdraw = Withdraw
recruitment-more = … and { $count } more.
recruitment-erase-heading = Erase the personal data
recruitment-erase-lead = Erases the register's rows, the registrants' contact details and the secret of the codes (the codes stop working). The figures and the pseudonymous answers stay.
recruitment-erase-submit = Erase the personal data
recruitment-error-count = Number of invitations: give a whole number from 1 to 200000.
recruitment-error-stratify = Column of the area: name the register's column.
recruitment-error-seed = Seed: give the text that fixes the lottery.
recruitment-error-languages = Languages of the letter: give at least one of nl, fr, en, de.
recruitment-error-no-register = Register: choose the file to draw from.
recruitment-error-no-column = the column `{ $column }` is not in the header
recruitment-error-changed = the file changed while it was being read: upload it again
recruitment-error-letter = Letter: write a text of at most 8000 characters.
recruitment-error-uploaded-pool = The pool was uploaded from a file: upload the quotas with it on the selection page, or erase that pool first.
recruitment-error-no-quotas = Set the quotas first: the pool needs their questions.
recruitment-error-share-line = Population shares, line { $line }: write feature,value,share with a number of 0 or more.
recruitment-error-no-shares = Population shares: give at least one line.
recruitment-error-tolerance = Tolerance: give a percentage from 0 to 100.
recruitment-error-confirm-erase = Tick the box to confirm: erasing cannot be undone.
refused-recruitment-refused-registered = People have registered already: the invitations can no longer be drawn again.
refused-recruitment-refused-closed = Registration is closed: the pool is frozen for the draw.
refused-recruitment-refused-erased = The personal data of this recruitment were erased.
register-title = Register for the citizens' panel
register-lead = You received a letter inviting you to take part. Type the personal code printed on it.
register-code = Personal code
register-code-hint = Twelve letters and digits, for example K7QM-4TXR-9HCW. Dashes and spaces do not matter.
register-continue = Continue
register-too-many = Too many codes were tried. Please wait a quarter of an hour and try again, or call us.
register-unknown-code = We do not recognise this code. Please check it against your letter, or call us.
register-staff = You are entering a reply taken on the phone: it will be marked as entered by staff.
register-already = This code is registered already: you may change the answers, or withdraw.
register-closed = Registration is closed.
register-consent-heading = Your data
register-consent-text = Your answers are used only to draw the panel by lot so that it resembles the population. Your name and contact details are kept apart, seen only by the organisers and their staff, never published, and erased when the panel's work ends. You may withdraw at any time with your code.
register-consent = I agree to this use of my data.
register-consent-staff = The caller agreed to this use of their data.
register-name = Name
register-email = E-mail address
register-phone = Phone
register-available = I can attend on the panel's dates: { $dates }.
register-lang = Language for our messages
register-needs = Accessibility and other needs (optional)
register-needs-hint = For example wheelchair access, a sign language interpreter, childcare.
register-submit = Register
register-withdraw-lead = If you no longer wish to take part, you may withdraw: your contact details are erased at once.
register-withdraw = Withdraw my registration
register-done = Thank you: you are registered.
register-done-lead = When registration closes, the panel is drawn by lot in public. If you are drawn, we will write to you. Keep your letter: with its code you can change your answers or withdraw.
register-next = Enter another reply
register-withdrawn = Your registration is withdrawn and your contact details are erased.
register-error-consent = Consent: tick the box to agree to the use of the data.
register-error-answer = Choose one of the answers.
register-error-name = Name: write your name (at most 200 characters).
register-error-email = E-mail address: write it as name@example.org.
register-error-contact = Give an e-mail address or a phone number, so that we can reach you.
register-error-phone = Phone: digits, spaces and + - . / ( ) only, at most 40.
register-error-lang = Language: choose one of the languages.
register-error-needs = Needs: at most 2000 characters.
letter-default-body =
    Dear resident,
    {""}
    You have been drawn by lot from the population register to be invited to a citizens' panel. Its members, drawn among those who answer, will meet to hear experts, deliberate and make recommendations to which the government must reply.
    {""}
    You need no special knowledge. Sessions are paid for and accessible; interpretation and childcare are provided.
    {""}
    To register, go to {"{url}"} or scan the QR code, and type your personal code {"{code}"}. You can also call us on {"{phone}"} and read the code out.
register-no-code = Type the code printed on your letter.
recruitment-error-letters = The letters cannot be printed:
register-mail-subject = Your registration for { $assembly }
register-mail-body =
    Dear { $name },
    {""}
    Thank you: you are registered. When registration closes, the panel is drawn by lot in public; if you are drawn, we will write to you again.
    {""}
    With the code on your letter you can change your answers or withdraw at any time on the registration page.

# --- Panel page and navigation (issue 23) ---
panel-heading = Panel { $number }:
panel-cycle = The panel's cycle
panel-published = Published for this panel
panel-nothing-published = Nothing is published for this panel yet. The draw, the summit's results and the follow-up of the recommendations appear here as the panel reaches them.
panel-your-tools = Your tools for this panel
members-your-tools = Your tools, panel by panel
nav-draw = The draw
nav-draw-about = How the panel was drawn by lot: the commitment, the seed, the lottery and the files to check the draw yourself.
nav-register = Register with your letter's code
nav-register-about = Invited residents answer here with the code printed on their letter.
nav-vote = Vote at the summit
nav-vote-about = Participants vote on their phone with the code they received at the door.
nav-summit-results = Results of the summit's votes
nav-summit-results-about = Every vote put to the summit, its turnout and, once closed, its result.
nav-tracker = Follow-up of the recommendations
nav-tracker-about = Each recommendation, the government's answer in each review round, and the commission's verdict.
nav-edit-panel = Edit the panel
nav-edit-panel-about = Theme, dates, size and stage of the panel.
nav-recruitment = Recruitment
nav-recruitment-about = Invitations drawn from the register, the letters, and the replies per group.
nav-selection = Selection
nav-selection-about = Quotas and pool, freezing the pool, the draw ceremony, drop-outs and replacements.
nav-summit-hub = Summit day
nav-summit-hub-about = Participants, groups and the plenary votes of the summit.
nav-checkin = Check-in at the door
nav-checkin-about = Find each participant, mark them present and hand out their voting code.
nav-programme = Programme
nav-programme-about = The summit's rounds and their questions.
nav-proposals = Tables' proposals
nav-proposals-about = What the tables proposed, merged into a shortlist.
nav-seating = Seating
nav-seating-about = Seat the people present at tables, round by round.
nav-seating-list = Who sits where
nav-seating-list-about = The tables of each round, to print or read at the door.
nav-tables = My table
nav-tables-about = Enter your table's proposals during a round.
nav-followup = Recommendations and review rounds
nav-followup-about = Enter or import the recommendations, record the handover, plan the review rounds.
nav-answers = Answer the recommendations
nav-answers-about = Draft and publish the government's answer to each recommendation, round by round.
nav-verdicts = Judge the answers
nav-verdicts-about = Give the commission's verdict on each published answer and ask follow-up questions.

# --- Selection: drop-outs and replacements (issue 23) ---
punct-colon = :
selection-history-ceremony = Drawn at the ceremony.
selection-history-replacing = Drawn in replacement draw { $number }, in place of { $people }.
selection-history-replaced-by = Seat filled in replacement draw { $number } by { $people }.
withdrawal-declined_by_link = declined through the link in the e-mail
withdrawal-declined = declined (told the organisers)
withdrawal-unreachable = could not be reached
withdrawal-no_longer_eligible = no longer eligible
withdrawal-personal = personal reasons
withdrawal-did_not_attend = did not come to the first sessions
selection-error-reason = Choose why { $id } leaves the panel: the drop-out was not recorded.
selection-reason-label = Why { $id } leaves the panel
selection-reason-choose = Choose a reason…
selection-withdraw-hint = Recording a drop-out takes the member off the panel for good: their seat waits for the next replacement draw. Only the kind of reason is kept, never details about the person.
selection-replacements = Replacement draws
selection-replacement-left = Left the panel
selection-replacement-joined = Drawn in their place
selection-replace-how = Replacements are not taken from the reserve list in order. Each replacement draw is a new public lottery, with its own seed and verification bundle, among everyone in the pool who was not drawn, under the quotas the remaining members leave open: every volunteer's chance of filling a seat stays as equal as the quotas allow. The reserve list is published with the panel for assemblies whose own rules call reserves in order.
selection-error-pool-too-small = The pool holds { $count } people and the panel needs { $size }: nothing was frozen. Upload a larger pool (or fill it from the registrations) first.
selection-frozen-notice = The pool is frozen: its lottery and commitment are published on the draw page.
selection-freeze-failed = The selection engine failed while freezing the pool; nothing was frozen. Try again, and tell the platform's administrators if it fails again.
selection-freezing = Computing everyone's chance and the lottery: { $settled } of { $total } people settled after { $seconds } s.
selection-freezing-lead = On a large pool this takes a few minutes. You may leave this page: the freeze goes on, and the page shows its outcome when you come back.
selection-freezing-refresh = Look again
selection-labels-heading = Labels in four languages
selection-labels-lead = The ids of the categories and values (as in the files) never change; these labels are what the registration form, the draw page and the reports show each reader. Leave a field empty to show another language's label, or the id. A features file with columns label_nl, label_fr, label_en, label_de (a row's value) and feature_label_nl… (its category) sets them too.
selection-labels-submit = Save the labels
selection-labels-saved = The labels are saved.
selection-labels-too-long = The label of “{ $name }” in { $language } is longer than { $max } characters.
selection-people-from-registrations = the registrations received
## tracker (issue 23): overdue per round, confirmation before publishing, work lists
answered-late-days = { $days ->
        [one] answered 1 day late
       *[other] answered { $days } days late
    }
tracker-late-rule = A recommendation is late in a review round when the round's due date has passed and no answer to it has been published, in that round or a later one. Any answer counts, a rejection with its justification too.
work-answer-heading = Awaiting your answer
work-answer-none = Nothing awaits your answer: every recommendation has a published answer in every round.
work-awaiting-count = { $count ->
        [one] 1 recommendation awaits an answer
       *[other] { $count } recommendations await an answer
    }
work-round-published = published: these can still be answered late
work-not-started = not started
work-replies-heading = Questions awaiting your reply
work-about-recommendation = about recommendation { $number }
work-judge-heading = Awaiting your verdict
work-judge-none = Every published answer has your verdict.
work-judge-count = { $count ->
        [one] 1 published answer awaits your verdict:
       *[other] { $count } published answers await your verdict:
    }
work-rec-awaits-answer = This recommendation awaits your answer in:
work-rec-awaits-verdict = A published answer to this recommendation awaits your verdict:
work-verdict-awaited = Awaits your verdict
round-owed-badge = { $count ->
        [one] 1 recommendation still unanswered
       *[other] { $count } recommendations still unanswered
    }
round-owed-explained = The round was published without them. Each can still be answered in this round: such an answer is published on its own, dated, and marked late if it comes after the due date.
answer-publish-late = Publish this answer…
answer-after-round-hint = This round has been published. An answer given now is a late answer in it: save it as a draft, then publish it on its own; it is public and dated from then.
draft-late-explained = Not public until the government publishes this answer.
answer-published-on = Published on { $date }
answer-published-after-round = after the round, on its own
answer-edit-draft = Edit the draft answer
answer-late = Answer late in this round
publish-confirm-round-title = Publish this review round?
publish-confirm-answer-title = Publish this answer?
publish-consequences = What publishing does
publish-early-badge = { $days ->
        [one] 1 day early
       *[other] { $days } days early
    }
publish-early = The round is due on { $date }: publishing today is { $days } days before its due date.
publish-late = The round was due on { $date }, { $days } days ago.
publish-due-today = The round is due today, { $date }.
publish-answers-final = The answers to { $count } of the { $total } recommendations become public and final: they can no longer be changed, only superseded in a later round.
publish-answer-final = This answer becomes public and final, dated today: it can no longer be changed, only superseded in a later round.
publish-unanswered-badge = { $count ->
        [one] 1 without an answer
       *[other] { $count } without an answer
    }
publish-unanswered-heading = { $count ->
        [one] 1 recommendation has no answer in this round, not even a draft:
       *[other] { $count } recommendations have no answer in this round, not even a draft:
    }
publish-unanswered-after = They are not dropped: after publication each stays open in this round. The government can still answer it there; that answer is published on its own, dated, and marked late if it comes after the due date. Until then the tracker shows it as unanswered in this round, and as overdue once the due date has passed.
publish-all-answered = Every recommendation has an answer in this round.
publish-confirm-round = Yes, publish
publish-confirm-answer = Yes, publish this answer
publish-cancel = No, go back
refused-answer-published = This answer has been published: it is final. A later round can supersede it.
refused-round-not-published = This round is not published yet: its answers are published with it.
event-answer_published = The government published its answer to recommendation { $rec } in review round { $round }, after the round
## summit (issue 23): projector mode, closing a vote, bilingual tables, the seating in plain words
projector-vote-here = Vote on your phone with the code you got at the entrance:
projector-closed = The vote is closed. The final result:
projector-not-open = This vote has not opened yet.
projector-room-languages = in the room's languages; in one language:
vote-close-title = Close vote { $number }?
vote-close-not-voted = { $missing ->
    [0] Everyone who may vote has voted: { $eligible } people.
    [one] { $missing_text } of the { $eligible } people who may vote has not voted yet.
   *[other] { $missing_text } of the { $eligible } people who may vote have not voted yet.
}
vote-close-cast = { $cast ->
    [one] One ballot so far: { $phone } on a phone, { $paper } on paper.
   *[other] { $cast_text } ballots so far: { $phone } on a phone, { $paper } on paper.
}
vote-close-consequence = Closing is final: no ballot is accepted afterwards, and the results are counted once and published.
vote-close-confirm = Close the vote now
vote-close-keep-open = Keep it open
summit-language-nl = Dutch
summit-language-fr = French
summit-language-en = English
summit-language-de = German
seating-pair-name = { $first } and { $second }
seating-bilingual-interpreters-hint = Each interpreter (translator) on the list below who speaks both languages gets a bilingual table, as far as the languages of the people present allow.
error-seating-bilingual = Write each pair as two different languages joined by +, for example fr+nl.
seating-bilingual-no-interpreter = Bilingual tables ({ $pair }) were asked for, but no interpreter on the list speaks both languages, so none was made. Add an interpreter below, then seat again.
seating-bilingual-made = { $made ->
    [one] One bilingual table ({ $pair }), with its interpreter.
   *[other] { $made } bilingual tables ({ $pair }), one per interpreter.
}
seating-bilingual-none-made = { $interpreters ->
    [one] One interpreter speaks { $pair }, but no bilingual table could be made: each of the { $tables } tables is needed in a single language so that everyone sits at a table in a language they speak, with a facilitator who speaks it.
   *[other] { $interpreters } interpreters speak { $pair }, but no bilingual table could be made: each of the { $tables } tables is needed in a single language so that everyone sits at a table in a language they speak, with a facilitator who speaks it.
}
seating-bilingual-short = { $interpreters } interpreters speak { $pair }, but only { $made } of the { $tables } tables could be bilingual: the others are needed in a single language so that everyone sits at a table in a language they speak, with a facilitator who speaks it. { $unused ->
    [one] One interpreter has no table.
   *[other] { $unused } interpreters have no table.
}
seating-column-group = group
seating-spread-same = { $column } “{ $value }”: { $min } at every table, in every round ({ $share } of the room).
seating-spread-or = { $column } “{ $value }”: { $min } or { $max } at every table, in every round ({ $share } of the room).
seating-spread-range = { $column } “{ $value }”: from { $min } to { $max } per table ({ $share } of the room).
seating-cards-languages = Each card is in its table's language; a bilingual table's card in both.
round-translations = The round in other languages
round-translations-hint = For the tables that speak them: a Dutch table reads the Dutch theme and question, a bilingual table both. A language left blank reads the text above.
refused-recruitment-refused-not-open = Registration has not opened yet.
recruitment-error-address-lines = an address has at most { $count } lines (the envelope's window).
recruitment-error-address-repeated = line { $line } names the column `{ $column }` a second time.
recruitment-error-address-empty = name at least one column.
recruitment-opening-open = Invitees who type their code now see the registration form.
recruitment-opening-later = Registration opens on { $date }. Invitees who type their code before then read that it opens on { $date }.
recruitment-opening-later-no-quotas = Registration opens on { $date }. Invitees who type their code before then read that it opens on { $date }. Set the quotas before that day: without them the form has nothing to ask.
recruitment-opening-not-ready = The letters cannot be printed yet: an invitee who typed their code would find no form. Set the quotas (below), or an opening day.
recruitment-opening-closed = Registration is closed: the pool is frozen. Letters are no longer printed.
recruitment-error-placeholders = the text must contain { $placeholders }: the code and the address where it is typed.
recruitment-contact-phone = Phone number printed on the letters
recruitment-contact-email = E-mail address printed on the letters
recruitment-opens-on = Registration opens on
recruitment-opens-on-hint = Empty: as soon as the quotas are set. Before this day, an invitee who types their code reads when registration opens.
recruitment-error-date = give a day as YYYY-MM-DD.
recruitment-letter-settings = Address, contact and opening
recruitment-letter-settings-save = Save the letters' settings
recruitment-address-lines-hint = One line of the block per line, its columns separated by commas. The block is printed in the address field of DIN 5008 form B, which shows through the window of a DL or C5/6 envelope (DIN 680).
recruitment-header-columns = The register's columns: { $columns }.
recruitment-letter-texts = Texts of the letter
recruitment-placeholders-hint = Each text must contain {"{code}"} (the personal code) and {"{url}"} (the registration address). {"{phone}"} and {"{email}"} print the phone number and e-mail address above.
recruitment-error-no-phone = the text uses {"{phone}"} but no phone number is set.
recruitment-error-no-email = the text uses {"{email}"} but no e-mail address is set.
letter-phone = Tel. { $phone }
register-opens-on = Your code is right. Registration opens on { $date }: come back from that day with the same code.
register-not-ready = Your code is right, but registration is not ready yet. Please come back in a few days with the same code.
register-assembly = Assembly
register-theme = Theme
register-dates = Panel dates
register-known = Already known from the population register, so not asked: { $categories }.
recruitment-points = { $points } pts
recruitment-legend-reference = population (or quota) share
recruitment-legend-replies = share of the replies
recruitment-chart = Chart
recruitment-strata-hint = Population: people in the register of each area; replies: registrations not withdrawn, with the response rate to the invitations. The gap is the replies' share less the population's, in percentage points.
recruitment-category-answered = registrations: { $count }
recruitment-value = Value
recruitment-quota-share = Share in the quotas
recruitment-quota-share-hint = No population shares were given for this category: the replies are compared with the middle of each value's quota.
recruitment-error-share-weight = the share of { $category } = { $value } is not a number of 0 or more.
recruitment-error-share-empty = the shares of { $category } add up to 0.
breadcrumb-label = You are here

## Deliberation: sessions, attendance, allowances
nav-sessions = Sessions
nav-drafts = Recommendations being drafted
nav-attendance = Attendance and allowances
sessions-title = Sessions
sessions-none = No session is planned yet.
sessions-calendar = Add the sessions to your calendar (iCalendar)
sessions-calendar-hint = This link is personal: your calendar app keeps it up to date. Do not share it.
session = Session
session-number = Session { $number }
session-date = Day
session-starts = Starts at
session-ends = Ends at
session-place = Place
session-access = Accessibility
session-access-hint = For example: step-free entrance, hearing loop, quiet room, nearest stop.
session-agenda = Agenda
session-edit = Change this session
session-add = Plan a session
attendance-counts = { $present } present, { $excused } excused, { $absent } absent
deliberation-settings = Deliberation settings
settings-required-langs = Languages every recommendation needs before its vote
settings-required-langs-hint = A vote cannot open until the recommendation is written, up to date, in each language ticked (in Brussels: Dutch and French).
settings-allowance = Allowance per session attended (euros)
settings-allowance-hint = Members recorded present are owed this amount per session; the finance office gets the list as CSV.
attendance-title = Attendance
attendance-sessions = Attendance per session
presence-present = Present
presence-excused = Excused
presence-absent = Absent
attendance-no-members = No panel member has an account yet.
attendance-save = Save the attendance
attendance-none-chosen = Choose present, excused or absent for at least one member.
allowances-download = Allowances per member (CSV)
allowances-hint = The CSV lists every panel member with the sessions attended, excused and missed, the rate and the amount owed, for the finance office.

## Deliberation: drafting and amending
drafts-title = Recommendations
drafts-none = The panel has not started a recommendation yet.
drafts-caption = The panel's recommendations, with their languages and their vote
number-short = No.
drafts-languages = Languages
drafts-vote = Vote
drafts-open-amendments = { $count } amendments waiting
drafts-handed-over-as = Handed over as recommendation { $number }
drafts-new = Start a recommendation
drafts-create = Start the recommendation
drafts-handover = Hand over to the government
drafts-handover-waiting = Adopted recommendations waiting to be handed over: { $count }.
drafts-handover-on = Handover date
drafts-handover-hint = Each adopted recommendation goes into the follow-up with its words in every language and its vote; the review rounds start from this date.
drafts-handover-submit = Hand the adopted recommendations over
draft-heading = Recommendation { $number }
draft-history = History and differences
draft-text = Text
draft-language = Language
draft-edit = Edit the text
draft-edit-hint = Each save keeps a new version; nothing is lost. Choose the language you write in: a translation is saved the same way.
draft-note = What changed (optional)
draft-save = Save a new version
version-number = version { $version }
part-title = Title
part-text = Text
part-rationale = Rationale
part-theme = Theme
translations-title = Required languages
translation-missing = missing
translation-current = up to date (version { $version }, by { $by })
translation-behind = behind: written in version { $version } by { $by }, changed since in version { $since }
someone = someone
amendments-title = Amendments
amendments-none = No amendment yet.
amendment-number = Amendment { $number }
amendment-proposed = waiting for a decision
amendment-accepted = accepted
amendment-rejected = rejected
amendment-what-replace = Replace in the { $part } (version { $version })
amendment-what-add = Add to the { $part } (version { $version })
amendment-what-delete = Delete from the { $part } (version { $version })
amendment-by = proposed by { $name }
amendment-reason = Reason
amendment-decided-by = Decided by { $name }
amendment-note = Note (required to reject)
amendment-accept = Accept
amendment-reject = Reject
amendment-propose = Propose an amendment
amendment-propose-hint = Quote the words you want to change exactly as they stand in the current version.
amendment-part = Part
amendment-change = Change
change-replace = Replace the passage
change-add = Add after the passage (at the end when empty)
change-delete = Delete the passage
amendment-passage = Passage
amendment-passage-hint = Copy it from the text above; it must appear exactly once.
amendment-words = New words
amendment-submit = Propose the amendment
history-from = From
history-to = To
history-compare = Compare
history-diff = Differences from version { $from } to version { $to }
history-legend = Added words are underlined, removed words struck through.
history-unchanged = unchanged
history-versions = Every version
history-version = Version
history-author = By
history-date = Date
deliberation-stale-save = Someone saved version { $version } while you were writing. The current text is shown above; your words are kept in the form below: compare, then save again.
deliberation-stale-amend = The recommendation is now at version { $version }. The current text is shown above; your amendment is kept in the form: check the passage, then propose it again.

## Deliberation: votes
draft-vote = Vote
vote-state-drafting = Being drafted: no rule declared yet
vote-state-declared = Rule declared: the vote can open
vote-state-opened = Vote open
vote-rule-declared = Rule
vote-no-rule = No rule has been declared yet; the vote cannot open without one.
vote-session = Held at
vote-session-none = No particular session
vote-ballots-so-far = Ballots so far: { $online } online, { $paper } on paper.
vote-result = Result
vote-present = Members present
vote-your-ballot = Your ballot
ballot-yours = You voted:
vote-change-hint = You can change your ballot while the vote is open.
ballot-submit = Vote
vote-paper = Enter a paper ballot
vote-paper-serial = Ballot number
vote-paper-choice = The ballot says
vote-paper-hint = Entering a number again replaces that ballot.
vote-paper-submit = Enter the ballot
vote-declare = Declare the rule
vote-declare-hint = The rule is declared before the vote opens and cannot change once it is open.
decision-rule = Decision rule
rule-kind-majority = Simple majority
rule-kind-qualified = Qualified majority
rule-kind-consent = Consent (a number of objections allowed)
vote-share = Share needed, in % (qualified majority)
vote-base = Share of
vote-base-cast = votes cast
vote-base-present = members present at the session
vote-abstentions = Abstentions
vote-abstentions-ignore = do not count
vote-abstentions-count = count as votes cast
vote-objections = Objections allowed (consent)
vote-declare-submit = Declare the rule
vote-open-hint = Opening fixes the text voted on: no more edits or amendments.
vote-open = Open the vote
vote-close = Close the vote and count
choice-for = For
choice-against = Against
choice-abstain = Abstain
rule-majority = simple majority
rule-abstentions-count = abstentions count
rule-abstentions-ignored = abstentions not counted
rule-qualified-cast = at least { $share } % of votes cast
rule-qualified-present = at least { $share } % of the members present
rule-consent = consent, at most { $objections } objections
outcome-passed = Adopted: { $share } in favour, out of { $base }
outcome-failed = Not adopted: { $share } in favour, out of { $base }
error-time = Enter a time as HH:MM, for example 09:30.
error-text-one-language = Write it in at least one language.
error-amount = Enter an amount in euros, for example 25 or 25.50.
error-rule-share = Enter a percentage above 50 and at most 100, for example 80 or 66.7.
error-rule-session = A share of the members present needs the session whose attendance counts.
error-amend-language = The recommendation has no text in this language yet.
error-amend-not-found = This passage is not in the current text: copy it exactly.
error-amend-ambiguous = This passage appears more than once: quote a few more words.
error-amend-length = The amended part would be empty or too long.
deliberation-stale = The recommendation changed meanwhile.
deliberation-nothing-adopted = No adopted recommendation is waiting to be handed over.
refused-deliberation-unknown = There is no such session, recommendation or amendment.
refused-deliberation-stale = The recommendation changed meanwhile.
refused-deliberation-does-not-apply = The amendment no longer applies to the current text.
refused-deliberation-already-decided = This amendment has been decided already.
refused-deliberation-vote-started = The vote has opened: the text and the rule are fixed.
refused-deliberation-no-rule = A vote cannot open before its rule is declared.
refused-deliberation-translations-missing = A required language is missing or out of date: the vote cannot open yet.
refused-deliberation-no-attendance = The rule counts the members present, but no attendance is recorded for the vote's session.
refused-deliberation-vote-state = The vote cannot make this step: it goes from declared to open to closed.
refused-deliberation-vote-not-open = The vote is not open.
refused-deliberation-not-present = Only members recorded present at the session may vote on this one.
refused-deliberation-not-member = Only members of the panel may do this.
refused-deliberation-more-ballots = There are more ballots than members recorded present: check the attendance and the paper ballots.
refused-deliberation-nothing-adopted = No adopted recommendation is waiting to be handed over.
refused-deliberation-decide-choose = Choose to accept or to reject the amendment.
refused-deliberation-reason-required = Say why the amendment is rejected.
refused-deliberation-choose = Choose for, against or abstain.
nav-report = Citizens' report
report-title = Citizens' report
report-published-on = Published on { $date }
report-pdf = PDF
report-process = How the panel worked
report-drawn = The { $size } members were drawn by lot from the volunteers who answered the invitation letters, with quotas so that the panel resembles the population.
report-draw-link = See and check the draw.
report-experts = Experts heard
report-named = Members who agreed to be named
report-none = none
report-recommendations = The recommendations
report-present = { $count } present
report-minority = Minority position
report-a-member = a member
report-not-adopted = Put to the vote and not adopted
report-theme = Theme
report-page = Page
report-see = Read the published report
report-publish = Publish the report
report-republish = Publish the report again (corrected)
report-publish-hint = The report takes the { $count } adopted recommendations as they stand, with their votes, the sessions and the members who agreed to be named.
report-nothing-yet = The report can be published once a recommendation is adopted.
named-title = Your name in the report
named-label = Name me among the panel's members in the report
named-hint = Unticked, your name is not published anywhere; your minority notes then show as those of "a member".
minority-title = Minority positions
minority-yours = Your minority position (optional)
minority-hint = A short statement of where you disagree; it is published with the recommendation in the report.
minority-save = Save my position
minority-withdraw = Withdraw my position
tracker-in-report = The adopted text and its vote in the citizens' report
draft-translation = This save only translates or rewords (the other languages need not follow)
draft-translation-hint = Leave it unticked when you change what the recommendation says: the other required languages are then marked as behind until someone updates them.
draft-editing-in = You are editing the { $lang } text.
draft-edit-other = Edit another language:
nav-evaluation = Evaluation of the sessions
eval-title = How was this session?
eval-anonymous = Your answers are anonymous: they are kept without your name or your account, and shown only counted together. You can change them later.
eval-comment = Anything else you want to tell the organisers? (optional)
eval-submit = Send my answers
eval-answer = Evaluate this session
eval-change = Change my evaluation
eval-done = answered
eval-level-1 = Strongly disagree
eval-level-2 = Disagree
eval-level-3 = Neither agree nor disagree
eval-level-4 = Agree
eval-level-5 = Strongly agree
eval-q-information = The information we received was clear, balanced and enough to decide.
eval-q-heard = I could say what I think, and I was listened to.
eval-q-neutral = The facilitation was neutral: it did not steer us towards an answer.
eval-q-time = We had enough time to discuss and to decide.
eval-q-recommend = I would recommend taking part in a citizens' assembly to others.
eval-results-title = Evaluation of the sessions
eval-results-hint = Members answer anonymously after each session. Each line counts the answers per level; "agree" is the share of agree and strongly agree.
eval-responses = Questionnaires answered: { $count }
eval-caption = Answers about session { $number }
eval-question = Question
eval-mean = Mean (1 to 5)
eval-agree = Agree
eval-comments = Comments
eval-questionnaire = The questionnaire
eval-standard = Standard questions (after the OECD's evaluation guidelines for deliberative processes)
eval-open-question = An open question of your own (optional)
error-evaluation-empty = Answer at least one question.
error-evaluation-no-question = Ask at least one question.
refused-deliberation-not-held = This session has not taken place yet: it can be evaluated from its day on.
report-evaluation = How the members judged the process
report-evaluation-intro = Anonymous questionnaires after the sessions: { $count } answered.
named-yes = Yes, name me
named-no = No, do not publish my name
