# Kleroterion: Nederlandse berichten. Elke sleutel hier moet ook bestaan in en, fr en de (een test controleert dat).

skip-to-content = Direct naar de inhoud
nav-label = Hoofdmenu
nav-assemblies = Assemblees
nav-account = Mijn account
nav-new-assembly = Nieuwe assemblee
nav-sign-in = Aanmelden
nav-sign-out = Afmelden
lang-switcher-label = Taal
footer-text = Kleroterion: burgerassemblees samengesteld door loting. Open source.
back-home = Terug naar de lijst met assemblees

home-title = Burgerassemblees
home-lead = Uitgelote burgers beraadslagen en doen aanbevelingen; hier kunt u elke assemblee volgen.
home-empty = Er zijn nog geen assemblees.

kind-one_off = Eenmalige assemblee
kind-permanent = Permanente assemblee

stage-recruitment = Werving
stage-selection = Selectie
stage-deliberation = Beraadslaging
stage-recommendations = Aanbevelingen
stage-follow_up = Opvolging
stage-closed = Afgesloten
stage-position = fase { $position } van 6

role-organiser = Organisator
role-staff = Medewerker
role-facilitator = Begeleider
role-expert = Expert
role-panel_member = Panellid
role-commission = Lid van de opvolgingscommissie
role-government = Vertegenwoordiger van de regering

panels-title = Panels
panels-caption = Panels van deze assemblee
panels-none = Nog geen panel.
panel-number = Nr.
panel-dates = Datums
panel-new-title = Nieuw panel
panel-edit-title = Panel { $number } bewerken

members-area = Ledenruimte
members-your-roles = Uw rollen hier:
manage-assembly = Deze assemblee beheren
public-page = Openbare pagina
organiser-nav-label = Organisator
participants-title = Deelnemers
participants-caption = Personen met een rol in deze assemblee

field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Kies een wachtwoord
field-password-confirm = Herhaal het wachtwoord
field-display-name = Naam
field-slug = Korte naam in het adres
field-kind = Soort assemblee
field-title = Titel
field-description = Beschrijving
field-theme = Thema
field-size = Grootte van het panel
field-starts-on = Eerste dag
field-ends-on = Laatste dag
field-stage = Fase
field-role = Rol
field-roles = Rollen
hint-slug = 3 tot 60 kleine letters, cijfers en koppeltekens, bv. brussel-klimaat. De korte naam staat in het adres van de pagina.
hint-display-name = Wordt getoond aan de andere personen van de assemblee.
hint-password = Minstens 10 tekens. Een zin die u makkelijk onthoudt, werkt goed.
save = Opslaan
form-has-errors = Verbeter het volgende:

error-required = Dit veld is verplicht.
error-choose-one = Kies een van de opties.
error-title-one-language = Vul de tekst in minstens één taal in.
error-too-long = Deze tekst is te lang.
error-slug-length = De korte naam moet 3 tot 60 tekens lang zijn.
error-slug-characters = Gebruik alleen kleine letters a-z, cijfers en koppeltekens; een koppelteken mag niet aan het begin of het einde staan.
error-slug-taken = Een andere assemblee gebruikt deze korte naam al.
error-panel-size = Vul een geheel getal van 1 tot 10000 in.
error-date = Vul een datum in als JJJJ-MM-DD, bv. 2027-03-01.
error-ends-before-start = De laatste dag kan niet vóór de eerste dag liggen.
error-email = Vul een e-mailadres in, zoals naam@example.org.
error-display-name = Vul een naam in van 1 tot 100 tekens.
error-password-length = Het wachtwoord moet minstens 10 tekens lang zijn.
error-password-mismatch = De twee wachtwoorden zijn niet hetzelfde.

login-title = Aanmelden
login-submit = Aanmelden
login-wrong = Het e-mailadres of het wachtwoord is niet juist. Probeer het opnieuw.
login-throttled = Te veel pogingen. Probeer het voor uw veiligheid over { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    } opnieuw.
login-expired = Uw sessie is verlopen. Meld u opnieuw aan; u komt dan terug op de pagina waar u was.
login-no-account = Accounts worden op uitnodiging aangemaakt. Neemt u deel aan een assemblee, dan sturen de organisatoren u een link.

account-title = Mijn account
account-roles = Mijn assemblees
account-no-roles = U hebt nog geen rol in een assemblee.
account-platform = Platform
account-admin = Beheerder: u mag assemblees aanmaken.

invitation-title = Uitnodiging
invitation-offer = U bent uitgenodigd om deel te nemen aan deze assemblee: { $assembly }. Uw rol: { $role }.
invitation-offer-admin = U bent uitgenodigd om dit Kleroterion-platform te beheren.
invitation-new-account = Kies een naam en een wachtwoord om uw account voor { $email } aan te maken.
invitation-sign-in-first = Er bestaat al een account voor { $email }. Meld u daarmee aan om de uitnodiging te aanvaarden.
invitation-accept = De uitnodiging aanvaarden
invitation-create-account = Mijn account aanmaken
invitation-used = Deze uitnodiging is al aanvaard. Meld u aan met uw account.
invitation-expired = Deze uitnodiging is verlopen. Vraag de organisatoren om een nieuwe.
invitation-unknown = Deze uitnodigingslink is niet geldig. Controleer of u hem volledig hebt gekopieerd.

assembly-new-title = Nieuwe assemblee

access-title = Personen en rollen
access-invite = Iemand uitnodigen
access-invite-submit = Uitnodigingslink aanmaken
access-link-created = Uitnodiging aangemaakt voor { $email }. Stuur de persoon deze link. De link werkt één keer, is 14 dagen geldig en kan later niet opnieuw worden getoond.
access-link-label = Uitnodigingslink
access-revoke = De rol { $role } van { $name } intrekken

audit-title = Logboek van de wijzigingen
audit-lead = Elke wijziging aan deze assemblee, de nieuwste eerst (de laatste 500). Vermeldingen worden nooit bewerkt of verwijderd.
audit-caption = Wijzigingen, meest recente eerst
audit-when = Wanneer
audit-who = Wie
audit-what = Wat
audit-subject = Betreft
audit-before = Voordien
audit-after = Nadien
audit-system = Het platform

error-not-found-title = Pagina niet gevonden
error-not-found-text = Op dit adres staat niets. Misschien is de pagina verplaatst, of is de link onvolledig.
error-forbidden-title = Niet toegestaan
error-forbidden-text = Uw account heeft geen rol die dit toelaat. Denkt u dat dit wel zou moeten, vraag het dan aan de organisatoren van de assemblee.
error-csrf-title = Dit formulier is verlopen
error-csrf-text = Voor uw veiligheid kon het formulier niet worden aanvaard: het was te oud of kwam niet van deze website. Ga terug, laad de pagina opnieuw en verstuur het formulier nog eens.
error-bad-request-title = De aanvraag kon niet worden gelezen
error-bad-request-text = Wat werd verstuurd, kon niet worden begrepen. Laad de pagina opnieuw en probeer het nog eens.
error-unavailable-title = Tijdelijk niet beschikbaar
error-unavailable-text = Het platform kan zijn databank op dit moment niet bereiken. Probeer het over enkele minuten opnieuw.
error-internal-title = Er ging iets mis
error-internal-text = Het platform kon deze aanvraag niet afronden. Er werd niets gewijzigd. Probeer het opnieuw; gebeurt het nog eens, laat het dan weten aan de organisatoren.

## Follow-up of recommendations
error-whole-number = Vul een geheel getal in binnen het toegelaten bereik.
error-vote-incomplete = Voor een stemming zijn de stemmen voor, de stemmen tegen en de meerderheidsregel nodig.
error-justification = Een ander standpunt dan "aanvaard" vereist een uitvoerige motivering van minstens 100 tekens, in minstens één taal.
error-referred-to = Vermeld de instantie waarnaar de aanbeveling wordt doorverwezen.
error-progress = Vul een geheel getal van 0 tot 100 in.
error-milestones = Schrijf één mijlpaal per regel, als YYYY-MM-DD gevolgd door wat er gebeurt.
error-date-past = De datum mag niet in het verleden liggen.
error-date-future = De datum mag niet in de toekomst liggen.
error-refused-title = Deze wijziging is niet mogelijk
refused-number-taken = Er bestaat al een aanbeveling met dit nummer.
refused-handed-over = De aanbevelingen zijn al aan de regering overhandigd; ze kunnen niet meer worden gewijzigd.
refused-not-handed-over = De aanbevelingen zijn nog niet overhandigd.
refused-no-recommendations = Er zijn nog geen aanbevelingen om te overhandigen.
refused-round-published = Deze evaluatieronde is gepubliceerd: de antwoorden ervan zijn definitief. Een latere ronde kan ze vervangen.
refused-not-published = Alleen gepubliceerde antwoorden kunnen worden beoordeeld.
refused-not-empty = Importeren kan alleen in een panel zonder aanbevelingen.
refused-unknown = Deze aanbeveling, ronde of vraag bestaat niet.
refused-already-replied = Deze vraag is al beantwoord.
refused-reply-empty = Schrijf een antwoord voordat u het verstuurt.
position-accepted = Aanvaard
position-partially_accepted = Gedeeltelijk aanvaard
position-rejected = Verworpen
position-under_study = In onderzoek
position-outside_powers = Buiten de bevoegdheden van de regering
verdict-satisfied = Tevreden
verdict-partly = Gedeeltelijk tevreden
verdict-not_satisfied = Niet tevreden
status-unanswered = Nog niet beantwoord
status-overdue = Te laat
overdue-days = { $days ->
        [one] Eén dag te laat
       *[other] { $days } dagen te laat
    }
due-in-days = { $days ->
        [0] Termijn verstrijkt vandaag
        [one] Termijn verstrijkt morgen
       *[other] Termijn verstrijkt over { $days } dagen
    }
draft = Ontwerp
draft-explained = Niet openbaar zolang de regering de ronde niet heeft gepubliceerd.
tracker-title = Opvolging van panel { $number }
tracker-heading = Opvolging van de aanbevelingen:
tracker-not-handed-over = De aanbevelingen zijn nog niet aan de regering overhandigd.
tracker-handed-over = Op { $date } aan de regering overhandigd.
tracker-summary = Stand van zaken
tracker-total = Aanbevelingen
tracker-average-progress = Gemiddelde voortgang
tracker-chart-caption = Het laatst gepubliceerde standpunt van de regering over elke aanbeveling
tracker-position = Standpunt
tracker-count = Aanbevelingen
tracker-share = Aandeel
tracker-recommendations = Aanbevelingen
tracker-showing = Getoond: { $shown } van de { $total } aanbevelingen.
tracker-status = Status
tracker-verdict = Oordeel van de commissie
export-csv = Open data (CSV)
export-json = Open data (JSON)
export-atom = Nieuwsfeed (Atom)
filter-all = Alle
filter-status = Status
filter-apply = Filteren
rounds-heading = Evaluatierondes
round-months = Evaluatie na { $months } maanden
round-due-label = Evaluatie uiterlijk op { $date }
round-due-on = uiterlijk op { $date }
round-published-on = Gepubliceerd op { $date }
round-history = Wijzigingen aan deze ronde
round-created-due = aangemaakt, uiterlijk op { $date }
round-moved = verplaatst van { $from } naar { $to }
round-publish = Publiceren
round-move = De uiterste datum verplaatsen
round-new-due = Nieuwe uiterste datum
round-add = Een evaluatieronde toevoegen
answers-heading = De antwoorden van de regering
answer-missing = Geen antwoord
answer-edit = Antwoorden
answer-save = Het ontwerpantwoord opslaan
commission-verdict = Het oordeel van de opvolgingscommissie
verdict-none = Nog geen oordeel.
verdict-satisfied-count = tevreden: { $count }
verdict-partly-count = gedeeltelijk: { $count }
verdict-not-count = niet tevreden: { $count }
verdict-give = Uw oordeel over dit antwoord
verdict-save = Mijn oordeel opslaan
referred-to = doorverwezen naar { $to }
vote-adopted = Aangenomen:
vote-for = { $count } voor
vote-against = { $count } tegen
vote-abstain = { $count } onthoudingen
vote-rule = vereiste meerderheid: { $rule }
vote-legend = De stemming waarmee ze werd aangenomen
field-vote-for = Stemmen voor
field-vote-against = Stemmen tegen
field-vote-abstain = Onthoudingen
field-vote-rule = Meerderheidsregel (bijvoorbeeld 80%)
field-number = Nummer
field-text = Volledige tekst
field-position = Standpunt
field-justification = Motivering
field-measures = Geplande maatregelen
field-department = Verantwoordelijke dienst
field-budget = Budget
field-deadline = Termijn voor de maatregelen
field-progress = Voortgang (%)
field-milestones = Mijlpalen
field-referred-to = Doorverwezen naar (als het buiten de bevoegdheden van de regering valt)
field-comment = Opmerking (openbaar, zonder uw naam)
field-question = Uw vraag
field-due-on = Uiterste datum
field-reason = Reden (wordt openbaar getoond)
field-handed-over-on = Datum van de overhandiging
justification-hint = Elk ander standpunt dan "aanvaard" vereist een uitvoerige motivering van minstens 100 tekens.
milestones-hint = Eén per regel: YYYY-MM-DD gevolgd door wat er gebeurt.
questions-heading = Opvolgingsvragen van de commissie
questions-none = Nog geen vragen.
question-number = Vraag { $number }
question-asked-on = gesteld op { $date }
question-replied-on = Het antwoord van de regering, op { $date }:
question-reply = Antwoorden
question-send-reply = Het antwoord versturen
question-ask = De regering een opvolgingsvraag stellen
question-send = De vraag versturen
timeline-heading = Tijdlijn
followup-manage = Aanbevelingen en opvolging
followup-count = { $count ->
        [one] Eén aanbeveling.
       *[other] { $count } aanbevelingen.
    }
followup-see-tracker = Bekijk het openbare opvolgingsoverzicht.
recommendation-add = Een aanbeveling toevoegen
import-heading = Aanbevelingen importeren
import-lead = Een CSV-bestand of rekenblad met de kolommen number, title_nl, title_fr, title_en, title_de, text_nl, ..., theme_nl, ..., vote_for, vote_against, vote_abstain, vote_rule; of een opvolgingsoverzicht dat als CSV of JSON uit Kleroterion werd geëxporteerd. Alle rijen worden geïmporteerd, of geen enkele.
import-problems = Er werd niets geïmporteerd. Verbeter de volgende problemen:
import-file = Bestand
import-submit = Importeren
import-no-file = Kies een bestand om te importeren.
handover-heading = Overhandigen aan de regering
handover-lead = Met de overhandiging begint de klok te lopen: er worden evaluatierondes aangemaakt, met als uiterste datum 3 en 12 maanden later. Daarna kunnen de aanbevelingen niet meer worden gewijzigd.
handover-submit = De overhandiging registreren
outbox-title = Uitgaande berichten
outbox-smtp = Berichten worden verstuurd via de ingestelde mailserver.
outbox-no-smtp = Er is geen mailserver ingesteld: de berichten wachten hier. Kopieer ze met de hand of stel er een in (smtp_url).
outbox-empty = Geen berichten.
outbox-to = aan { $to }
outbox-sent = verstuurd
outbox-waiting = in wachtrij
event-recommendations_added = { $detail ->
        [one] Eén aanbeveling toegevoegd
       *[other] { $detail } aanbevelingen toegevoegd
    }
event-handover = Aanbevelingen op { $detail } aan de regering overhandigd
event-round_added = Evaluatieronde { $round } toegevoegd, uiterlijk op { $detail }
event-round_moved = Evaluatieronde { $round } verplaatst naar { $detail }
event-round_published = De regering heeft evaluatieronde { $round } gepubliceerd ({ $detail } antwoorden)
event-verdict_given = Een lid van de commissie heeft het antwoord op aanbeveling { $rec } beoordeeld: { $verdict }
event-question_asked = De commissie heeft vraag { $detail } over aanbeveling { $rec } gesteld
event-question_answered = De regering heeft vraag { $detail } over aanbeveling { $rec } beantwoord
panel-tracker = Opvolging
mail-round-upcoming-subject = Evaluatieronde { $round } van panel { $panel } vervalt op { $date }
mail-round-upcoming-body = De antwoorden van de regering voor evaluatieronde { $round } van panel { $panel } zijn verschuldigd op { $date } (nog { $days } dagen). Beantwoord elke aanbeveling en publiceer de ronde: { $link }
mail-round-overdue-subject = Evaluatieronde { $round } van panel { $panel } is te laat
mail-round-overdue-body = Evaluatieronde { $round } van panel { $panel } was verschuldigd op { $date } en is niet gepubliceerd ({ $days } dagen te laat). De openbare opvolging toont dit: { $link }
mail-question-upcoming-subject = Vraag { $question } van de opvolgingscommissie vervalt op { $date }
mail-question-upcoming-body = Vraag { $question } van de opvolgingscommissie over aanbeveling { $rec } (panel { $panel }) wacht op het antwoord van de regering tegen { $date } (nog { $days } dagen): { $link }
mail-question-overdue-subject = Vraag { $question } van de opvolgingscommissie is te laat
mail-question-overdue-body = Vraag { $question } van de opvolgingscommissie over aanbeveling { $rec } (panel { $panel }) was verschuldigd op { $date } en heeft geen antwoord ({ $days } dagen te laat): { $link }

# De topdag: deelnemers, inchecken, plenaire stemmingen
summit-hub = Topdag
summit-nav-label = Top
summit-participants = Deelnemers
summit-no-participants = Nog geen deelnemers: importeer de lijst van de personen die op de dag verwacht worden.
summit-attendance-caption = Wie verwacht wordt, wie gekomen is, wie niet gekomen is
summit-group = Groep
summit-expected = Verwacht
summit-all-groups = Alle groepen
summit-import = De deelnemerslijst importeren
summit-import-lead = Een CSV-bestand of rekenblad met de kolommen id, name en languages (bijvoorbeeld nl;fr), en eventueel group (drawn, employer, civil_servant, politician, free_thinker, other; drawn als het veld leeg is) en needs. Elke andere kolom (geslacht, leeftijd, regio...) wordt bewaard voor de tafelindeling. Het hele bestand wordt geïmporteerd, of niets.
summit-import-submit = Deelnemers importeren
summit-imported = { $count ->
    [one] Eén deelnemer geïmporteerd.
   *[other] { $count } deelnemers geïmporteerd.
}
summit-import-key-taken = de id { $key } staat al in de deelnemerslijst van dit panel
summit-name-erased = (naam gewist)
group-drawn = Uitgelote burgers
group-employer = Werkgevers
group-civil-servant = Ambtenaren
group-politician = Politici
group-free-thinker = Vrijdenkers
group-other = Anderen
attendance-expected = Verwacht
attendance-present = Aanwezig
attendance-absent = Niet gekomen
checkin-title = Inchecken
checkin-present = { $present } van de { $total } aanwezig
checkin-search = Naam of id
checkin-search-submit = Zoeken
checkin-type = Typ een naam of een id om de persoon te vinden.
checkin-none = Niemand gevonden voor “{ $query }”.
checkin-needs = Behoeften
checkin-arrive = Inchecken
checkin-absent = Niet gekomen
checkin-undo = Ongedaan maken
checkin-new-code = Nieuwe stemcode
checkin-erase = Naam wissen
checkin-code-title = Stemcode
checkin-code-for = Stemcode van { $name }:
checkin-code-once = Geef deze code nu aan de persoon: hij wordt maar één keer getoond. Raakt hij verloren, geef dan een nieuwe; de oude werkt dan niet meer.
checkin-code-where = De persoon stemt op de gsm via { $url }
checkin-next = Volgende persoon
votes-heading = Plenaire stemmingen
votes-none = Nog geen stemmingen.
vote-new = Nieuwe stemming
vote-question = Vraag
vote-options = Opties
vote-options-hint = Eén optie per regel, 2 tot 50.
vote-kind = Stemwijze
vote-kind-choose-one = Eén optie kiezen
vote-kind-choose-up-to = Maximaal k opties kiezen
vote-kind-rank = De opties rangschikken
vote-kind-points = Punten verdelen
vote-kind-agreement = Instemmingsschaal
vote-kind-choose-up-to-k = Maximaal { $k } opties kiezen
vote-kind-points-budget = { $budget } punten verdelen
vote-k = k (voor “maximaal k opties kiezen”)
vote-budget = Te verdelen punten (voor “punten verdelen”)
vote-eligibility = Wie mag stemmen
vote-eligibility-drawn-only = Alleen de uitgelote burgers
vote-eligibility-everyone = Iedereen die aanwezig is
vote-create = De stemming aanmaken
vote-number = Stemming { $number }
vote-state-draft = Ontwerp
vote-state-open = Open
vote-state-closed = Afgesloten
vote-make-open = De stemming openen
vote-make-closed = De stemming afsluiten
vote-turnout = { $cast } van de { $eligible } hebben gestemd
vote-results = Resultaten
vote-results-summary = { $counted } stemmen geteld, { $abstentions } onthoudingen.
vote-place = Plaats
vote-option = Optie
vote-figure = Resultaat
vote-detail = Detail
vote-tied = ex aequo
vote-figure-votes = { $n ->
    [one] 1 stem
   *[other] { $n } stemmen
}
vote-figure-borda = { $n } Borda-punten
vote-figure-first = { $n ->
    [one] één keer als eerste gerangschikt
   *[other] { $n } keer als eerste gerangschikt
}
vote-figure-points = { $n ->
    [one] 1 punt
   *[other] { $n } punten
}
vote-figure-mean = gemiddeld { $mean } op 5
vote-figure-levels = antwoorden per niveau { $levels } ({ $answers } antwoorden)
vote-not-open-yet = Deze stemming is nog niet geopend.
projector-link = Projectiescherm
projector-how = Stem op uw gsm met de code die u bij de ingang hebt gekregen.
vote-page-link = Stempagina voor de deelnemers
results-title = Resultaten van de stemmingen
results-none = Er is nog geen stemming afgesloten.
results-json = Volledige uitsplitsing (JSON)
paper-heading = Een papieren stembiljet invoeren
paper-counts = { $phone } stemmen via gsm, { $paper } op papier.
paper-serial = Nummer van het papieren stembiljet
paper-serial-hint = Als u een nummer opnieuw invoert, vervangt dat het stembiljet met dat nummer.
paper-submit = Het stembiljet invoeren
paper-abstain = Een onthouding invoeren
paper-saved = Papieren stembiljet { $serial } ingevoerd.
error-paper-serial = Vul het nummer in dat op het papieren stembiljet gedrukt staat (1 of meer).
vote-title = Stemmen
vote-code = Uw stemcode
vote-code-hint = De code van 10 letters en cijfers die u bij de ingang hebt gekregen, bijvoorbeeld ABCDE-FGHJK.
vote-code-submit = Doorgaan
vote-code-unknown = Deze code is niet bekend. Controleer hem, of vraag het bij de ingang.
vote-code-needed = Vul eerst uw stemcode in.
vote-code-throttled = Te veel foute codes vanaf deze verbinding. Wacht tien minuten, of vraag het bij de ingang.
vote-none-open = Er is op dit moment geen stemming open. Deze pagina toont de volgende stemming zodra die opent.
vote-refresh = Opnieuw kijken
vote-cast = Uw stem in stemming { $number } is geregistreerd. U kunt hem wijzigen tot de stemming sluit.
vote-you-voted = U hebt gestemd; u kunt uw stem wijzigen tot de stemming sluit.
vote-not-eligible = Alleen de uitgelote burgers stemmen over deze vraag.
vote-submit = Stemmen
vote-change = Mijn stem wijzigen
ballot-abstain = Ik onthoud me
vote-closed-heading = Afgesloten stemmingen
vote-leave = Niet uw gsm? Verwijder de code ervan
ballot-help-one = Kies één optie.
ballot-help-several = Kies maximaal { $k } opties.
ballot-help-rank = Nummer de opties in uw volgorde van voorkeur: 1 voor de eerste; u mag de laatste leeg laten.
ballot-help-points = Verdeel maximaal { $budget } punten over de opties.
ballot-help-agreement = Geef aan in hoeverre u het eens bent met elke stelling; u mag er enkele leeg laten.
ballot-level-1 = Helemaal oneens
ballot-level-2 = Oneens
ballot-level-3 = Noch eens, noch oneens
ballot-level-4 = Eens
ballot-level-5 = Helemaal eens
error-vote-options-count = Geef tussen 2 en 50 opties op, één per regel.
error-vote-option-duplicate = Twee opties zijn hetzelfde.
error-vote-k = Vul een geheel getal in tussen 1 en het aantal opties.
error-vote-budget = Vul een geheel aantal punten in tussen 1 en 1000.
error-vote-empty = Er werd niets ingevuld: maak een keuze, of druk op “Ik onthoud me”.
error-vote-choice = Een keuze is geen van de opties.
error-vote-too-many = Te veel opties gekozen.
error-vote-rank = Een rangnummer moet een geheel getal zijn van 1 tot het aantal opties.
error-vote-rank-duplicate = Twee opties hebben hetzelfde rangnummer.
error-vote-rank-gap = De rangnummers moeten vanaf 1 zonder onderbreking op elkaar volgen.
error-vote-points = Punten moeten gehele getallen zijn, 0 of meer.
error-vote-over-budget = Er zijn meer punten gegeven dan er te verdelen zijn.
error-vote-level = Kies een niveau van 1 tot 5.
refused-summit-duplicate-key = Deze id staat al in de deelnemerslijst.
refused-summit-participant-unknown = Deze deelnemer staat niet in de lijst.
refused-summit-already-checked-in = Deze persoon is al ingecheckt; geef hem of haar in de plaats een nieuwe stemcode.
refused-summit-not-checked-in = Deze persoon is niet ingecheckt.
refused-summit-code-taken = Deze stemcode is al in gebruik; probeer het opnieuw.
refused-summit-code-unknown = Deze stemcode is niet bekend.
refused-summit-not-eligible = Uw groep stemt niet over deze vraag.
refused-summit-vote-unknown = Deze stemming bestaat niet.
refused-summit-vote-not-open = Deze stemming is niet open.
refused-summit-vote-not-editable = Deze stemming is geopend; de vraag en de opties liggen vast.
refused-summit-vote-state = Een stemming gaat van ontwerp naar open naar afgesloten, niet terug.
refused-summit-ballot-invalid = Deze stem past niet bij de stemming.

# Tafelindeling
seating-title = Tafelindeling
seating-present = { $count ->
    [one] Eén persoon is aanwezig.
   *[other] { $count } personen zijn aanwezig.
}
seating-problems = De aanwezigen konden niet worden ingedeeld
seating-table-size = Personen per tafel
seating-rounds = Rondes
error-seating-number = Geef een geheel getal binnen het toegelaten bereik.
seating-balance = Elke tafel weerspiegelt de zaal op
seating-bilingual = Tweetalige tafels met een tolk
seating-bilingual-hint = Taalparen die een tafel mogen delen, bijvoorbeeld fr+nl. Laat leeg voor tafels in één taal.
seating-seed = Starttekst (seed)
seating-seed-hint = Om het even welke tekst; dezelfde personen, instellingen en tekst geven dezelfde indeling.
seating-mode = Laatkomers
seating-mode-keep = Iedereen behoudt zijn plaats; wie later kwam, wordt toegevoegd
seating-mode-fresh = Iedereen opnieuw indelen
seating-run = Deel de aanwezigen in
seating-too-few = Check eerst minstens twee personen in.
seating-infeasible = De taalregels kunnen niet worden nageleefd:
seating-pins = Vaste plaatsen
seating-pins-lead = Wie een bepaalde tafel nodig heeft (toegankelijk, dicht bij de deur...) zit daar in elke ronde.
seating-pin-key = Id van de deelnemer
seating-pin-table = Tafel
seating-pin-table-hint = Laat leeg om de vaste plaats te schrappen.
seating-pin-submit = Vastzetten
seating-pin-unknown = Geen deelnemer heeft deze id.
seating-result = De indeling
seating-figure-people = { $tables ->
    [one] { $people } personen aan één tafel.
   *[other] { $people } personen aan { $tables } tafels.
}
seating-figure-sizes = Tafels van { $smallest } tot { $largest } personen.
seating-figure-repeats = { $pairs ->
    [0] Niemand zit twee keer met dezelfde persoon samen.
    [one] Eén paar zit een tweede keer samen.
   *[other] { $pairs } paren zitten een tweede keer samen.
}
seating-figure-added = { $added } laatkomers werden toegevoegd.
seating-figure-balance = { $column }: elke tafel ligt binnen { $deviation } personen van haar aandeel in de zaal
seating-figure-outside = { $tables } tafels wijken meer dan één persoon af
seating-list = Tafellijst
seating-print-round = deze ronde afdrukken
seating-cards = Tafelkaarten
seating-none = Nog geen tafelindeling.
seating-round = Ronde { $number }
seating-table = Tafel { $number }
seating-qr-alt = QR-code van de stempagina, { $url }
seating-card-vote = Stem op uw gsm met de code die u aan de ingang kreeg:
## Summit programme, table proposals, shortlist
programme-title = Programma
programme-none = Het programma heeft nog geen rondes.
programme-add = Een ronde toevoegen
programme-add-submit = De ronde toevoegen
programme-save = De ronde opslaan
round-number = Ronde { $number }
round-label = Ronde { $number }: { $theme }
round-theme = Thema
round-duration = Duur (minuten)
round-question = Vraag aan de tafels
round-minutes = { $minutes } minuten
tables-title = Voorstellen van de tafels
tables-no-rounds = De organisatoren hebben nog geen rondes toegevoegd.
tables-round = Ronde
tables-table = Tafelnummer
tables-choose = Kiezen
tables-entry-heading = Tafel { $table }, ronde { $number }
tables-proposal = Voorstel
tables-add = Voorstel toevoegen
tables-added = Het voorstel is toegevoegd.
tables-waiting = Wacht op verzending
tables-all-sent = Alles is verzonden.
tables-list-heading = De voorstellen van deze tafel in deze ronde
proposals-title = Voorstellen en shortlist
proposals-count = Voorstellen ({ $count })
proposals-none = Nog geen voorstellen.
proposals-table = Tafel { $table }
shortlist-merge = De aangevinkte voorstellen samenvoegen
shortlist-into = In
shortlist-new-item = Een nieuw punt op de shortlist
shortlist-title = Titel van het nieuwe punt
shortlist-submit = Aan de shortlist toevoegen
shortlist-heading = Shortlist
shortlist-none = De shortlist is leeg.
shortlist-tables = Voorgesteld door de tafels { $tables }
shortlist-remove = Verwijderen
shortlist-vote-question = Vraag van een stemming over de shortlist
shortlist-to-vote = Een stemming voorbereiden met de shortlist als opties
error-round-minutes = Geef een duur van 1 tot 600 minuten.
error-control-characters = Deze tekst bevat tekens die niet bewaard kunnen worden.
error-client-id = Dit formulier is verouderd: laad de pagina opnieuw en probeer het nog eens.
error-table-number = Kies een ronde en een tafelnummer van 1 tot 1000.
error-shortlist-none-ticked = Vink minstens één voorstel aan.
refused-summit-round-unknown = Deze ronde bestaat niet.
refused-summit-proposal-unknown = Dit voorstel bestaat niet.
refused-summit-shortlist-unknown = Dit punt van de shortlist bestaat niet.

## Summit staffing: facilitators, translators and the groups' quotas
error-translator-languages = Een tolk heeft minstens twee talen nodig, bijvoorbeeld fr; nl.
error-quota-number = Vul een geheel getal van 0 tot 100000 in, of laat het veld leeg.
error-quota-order = Het minimum ligt boven het maximum.
error-staff-account = Kies een account met de rol van tafelbegeleider in deze burgerraad.
refused-summit-staff-unknown = Deze tafelbegeleider of tolk bestaat niet.
refused-summit-over-quota = Een groep zou meer mensen hebben dan haar quotum toelaat.
summit-over-quota = { $group } zou { $count } mensen op de lijst hebben, boven het maximum van { $max }.
seating-figure-untranslated = { $tables ->
    [one] Eén tweetalige tafel heeft geen tolk: voeg een tolk toe die beide talen spreekt en deel opnieuw in.
   *[other] { $tables } tweetalige tafels hebben geen tolk: voeg tolken toe die beide talen spreken en deel opnieuw in.
}
seating-facilitator = Tafelbegeleider: { $name }
seating-translator = Tolk: { $name }
staff-heading = Tafelbegeleiders en tolken
staff-lead = Elke tafel krijgt een tafelbegeleider die haar taal spreekt en er alle rondes blijft; elke tweetalige tafel krijgt een tolk die beide talen spreekt. Staan er tafelbegeleiders op de lijst, dan moet er een zijn voor elke tafel.
staff-none = Nog geen tafelbegeleiders of tolken: de tafels worden zonder hen ingedeeld.
staff-caption = Tafelbegeleiders en tolken, met de tafel die de indeling hun gaf
staff-name = Naam
staff-role = Rol
staff-languages = Talen
staff-languages-hint = Taalcodes gescheiden door ; bijvoorbeeld nl; fr
staff-table = Tafel
staff-actions = Acties
staff-linked = meldt zich aan
staff-remove = { $name } verwijderen
staff-add = Een tafelbegeleider of tolk toevoegen
staff-add-submit = Toevoegen
staff-account = Hun account
staff-account-hint = Een tafelbegeleider die aan een account gekoppeld is, vindt op de pagina met voorstellen de eigen tafel al gekozen.
staff-account-none = Geen account
staff-role-facilitator = Tafelbegeleider
staff-role-translator = Tolk
summit-quota = Quotum
summit-quota-short = onder het minimum
summit-quotas = Quota van de groepen
summit-quotas-lead = Op een top van het hele systeem heeft elke groep eigen plaatsen. Een lijst die een groep boven haar maximum brengt, wordt geweigerd; een groep met minder aanwezigen dan haar minimum wordt gemarkeerd.
summit-quotas-caption = Minimum en maximum aantal mensen per groep (leeg: geen)
summit-quota-min = Minimum
summit-quota-max = Maximum
summit-quotas-save = Quota bewaren
tables-signin = Uw sessie is afgelopen. De wachtende voorstellen blijven op deze telefoon bewaard; ze worden verstuurd zodra u opnieuw aangemeld bent.
tables-signin-link = Opnieuw aanmelden
