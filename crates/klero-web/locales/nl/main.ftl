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
seating-reason-stranded = { $people ->
        [one] Eén persoon kan
       *[other] { $people } personen kunnen
    } alleen aan een tafel in het { $languages } zitten, dat slechts { $speakers } aanwezigen spreken: te weinig voor een tafel van minstens { $min }. Sta een tweetalige tafel met tolk toe (bijvoorbeeld fr+nl).
seating-reason-too-many-tables = { $tables } tafels van minstens { $min } personen vragen meer mensen dan de { $present } aanwezigen.
seating-reason-too-few-facilitators = { $facilitators } tafelbegeleiders voor { $tables } tafels: elke tafel heeft er een nodig. Voeg tafelbegeleiders toe onder ‘Tafelbegeleiders en tolken’.
seating-reason-facilitator-language = { $tables } tafels in het { $language }, maar slechts { $speakers } tafelbegeleiders spreken die taal.
seating-reason-fixed-tables = De tafels waarvan de taal vastligt (door vastgezette of behouden plaatsen) kunnen niet allemaal een taal krijgen die hun mensen spreken.
seating-reason-no-split = Geen enkele verdeling van { $tables } tafels over de talen zet iedereen aan een tafel van minstens { $min } in een taal die ze spreken.
seating-reason-unseated = In ronde { $round } kunnen { $people } personen aan geen tafel zitten in een taal die ze spreken.
seating-reason-kept-above-seated = Meer mensen behouden een plaats aan deze tafels dan er in hun taal geplaatst worden.
seating-reason-small-table = In ronde { $round } kan tafel { $table } ({ $language }) slechts { $people } personen krijgen die haar taal spreken, minder dan { $min }, gezien de vastgezette of behouden plaatsen.
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
# Selection of a panel among volunteers, and its public draw page.
refused-selection-refused-frozen = De pool is bevroren: de quota en de pool kunnen niet meer veranderen.
refused-selection-refused-no-pool = Er is nog geen pool: laad eerst de quota en de pool op.
refused-selection-refused-not-frozen = De loting vraagt een bevroren pool, en het panel mag nog niet geloot zijn.
refused-selection-refused-commitment = De loting komt niet overeen met de gepubliceerde verbintenis.
refused-selection-refused-not-drawn = Het panel is nog niet geloot.
refused-selection-refused-not-member = Deze persoon is geen lid van het panel.
refused-selection-refused-not-withdrawn = Een vervanging kan alleen leden vervangen die zich terugtrokken.
selection-title = Selectie van het panel
selection-state-none = Nog geen pool
selection-state-open = Pool open
selection-state-frozen = Pool bevroren
selection-state-drawn = Panel geloot
draw-public-link = Publieke lotingspagina
selection-pool = Pool en quota
selection-no-pool = Er zijn nog geen quota en pool opgeladen.
selection-pool-count = { $count } vrijwilligers in de pool.
selection-contacts-count = Contactgegevens bewaard voor { $count }.
selection-composition-caption = Samenstelling tegenover de quota
selection-feature = Kenmerk
selection-value = Waarde
selection-quota = Quotum (zetels)
selection-in-pool = In de pool
selection-on-panel = In het panel
selection-outside-quota = buiten het quotum
selection-feasible = De motor vond een panel dat aan alle quota voldoet: de quota zijn haalbaar met deze pool.
selection-infeasible = Geen enkel panel voldoet aan alle quota met deze pool. De diagnose van de motor:
selection-upload = Quota en pool opladen
selection-upload-lead = Een nieuwe upload vervangt de vorige, tot de pool bevroren is. Een bestand met fouten verandert niets.
selection-panel-size = Grootte van het panel (zetels)
selection-features-file = Quota (features.csv: feature, value, min, max)
selection-people-file = Pool van vrijwilligers (CSV of rekenblad)
selection-people-hint = Een kolom id, een kolom per kenmerk; de optionele kolommen name, email en address worden apart bewaard en gaan nooit mee in de loting.
selection-household-column = Kolom huishouden (optioneel)
selection-address-columns = Adreskolommen (optioneel)
selection-address-hint = Gescheiden door komma's: mensen met hetzelfde adres vormen een huishouden, en er wordt er hoogstens één per huishouden geloot.
selection-upload-submit = Opladen en controleren
selection-freeze-heading = Bevriezen en verbintenis
selection-freeze-lead = Bevriezen legt de pool, de quota en de instellingen vast en publiceert hun verbintenis (een SHA-256-hash) voor het zaad getrokken wordt. Daarna kan niets meer veranderen.
selection-freeze-submit = De pool bevriezen en de verbintenis publiceren
selection-commitment = Verbintenis
selection-ceremony = Lotingsceremonie
selection-ceremony-lead = Voer het zaad in dat in het openbaar getrokken werd (bijvoorbeeld de cijfers van dobbelstenen voor getuigen). De motor loot dan het panel en een geordende reservelijst, en iedereen die geloot is krijgt een e-mail.
selection-seed = Zaad
selection-draw-submit = Het panel loten
selection-members = Gelote leden
selection-members-caption = Leden volgens pseudoniem id
selection-id = Id
selection-status = Status
selection-reply = Antwoord
selection-actions = Acties
selection-withdraw = Afhaker noteren
selection-reserves = Reservelijst
selection-no-reserves = Niemand staat op de reservelijst.
selection-replace = Vervangingen
selection-waiting = Leden die afhaakten en nog niet vervangen zijn: { $count }.
selection-replace-submit = Vervangers loten
selection-erase-heading = Contactgegevens wissen
selection-erased-on = Contactgegevens gewist op { $date }.
selection-erase-lead = Wist alle namen, e-mailadressen en postadressen van deze pool. De pseudonieme pool, de lotingen en hun bundels blijven.
selection-erase-submit = Contactgegevens wissen
selection-status-pool = In de pool
selection-status-member = Lid
selection-status-reserve = Reserve
selection-status-withdrawn = Afgehaakt, nog niet vervangen
selection-status-replaced = Afgehaakt, vervangen
selection-reply-confirmed = Bevestigd
selection-reply-declined = Geweigerd
selection-error-size = Vul de grootte van het panel in: een geheel getal van 1 tot 10000.
selection-error-no-features = Kies het quotabestand.
selection-error-no-people = Kies het poolbestand.
selection-imported = { $count } vrijwilligers ingelezen.
selection-error-seed = Vul het in het openbaar getrokken zaad in (hoogstens 500 tekens).
selection-error-none-withdrawn = Geen enkel lid is afgehaakt: er is niemand te vervangen.
selection-mail-subject = U bent geloot: { $assembly }
selection-mail-body = Beste { $name }, u bent bij loting gekozen voor het panel. Bevestig of weiger hier: { $link }
draw-title = De loting
draw-method = Hoe het panel geloot wordt
draw-method-1 = De vrijwilligers die op de uitnodiging antwoordden vormen de pool. Quota bepalen hoeveel zetels elke groep krijgt, zodat het panel op de bevolking lijkt, en er wordt hoogstens één persoon per huishouden geloot.
draw-method-2 = Onder alle panels die aan de quota voldoen, geeft de motor iedereen een kans die zo gelijk is als de quota toelaten (LEXIMIN), en maakt er een loterij van even waarschijnlijke panels van.
draw-method-3 = De pool, de quota en de instellingen werden vastgelegd en hun verbintenis gepubliceerd voor het zaad in het openbaar getrokken werd; iedereen kan de bundel hieronder downloaden en de loting nagaan met klero verify.
draw-not-yet = De pool is nog niet bevroren: er is nog niets gepubliceerd.
draw-frozen = Bevroren op { $date }, met { $count } vrijwilligers in de pool.
draw-waiting-seed = Het zaad wordt in het openbaar getrokken tijdens de ceremonie.
draw-composition = Het panel tegenover de quota
draw-panel-size = Zetels in het panel: { $count }.
draw-probabilities = Ieders kans
draw-probabilities-lead = De kans om geloot te worden van elke vrijwilliger, zonder namen of id's.
draw-probabilities-caption = Vrijwilligers volgens kans om geloot te worden
draw-probability = Kans
draw-people = Vrijwilligers
draw-date = Datum
draw-bundle = Verificatiebundel
draw-bundle-lead = Voer klero verify uit op de zip zelf, of op de map waarin u hem uitpakte (of download de bestanden hieronder in één map, met input/ als submap). Er wordt niets opnieuw berekend: de loterij wordt nagegaan tegen de verbintenis en de quota, en de loting vanuit het zaad.
draw-lottery = De loterij, gepubliceerd vóór het zaad
draw-lottery-lead = Bij het vastleggen rondde de rekenmotor ieders kans af tot een loterij van { $m } even waarschijnlijke panels ({ $distinct } verschillende), hier gepubliceerd voor het zaad bekend is. Haar vingerafdruk maakt deel uit van de verbintenis, zodat ze achteraf niet kan veranderen. Het zaad kiest één nummer van de loterij, alleen met gehele getallen: iedereen kan het narekenen.
draw-lottery-change = De afronding verandert ieders kans met hoogstens { $change } procentpunt.
draw-lottery-file = Download de loterij (lottery.json)
draw-first = De loting van het panel
draw-replacement = Vervangingsloting { $number }
draw-chosen = { $count } leden geloot.
draw-replaced = { $withdrawn } afgehaakt; { $chosen } geloot om hen te vervangen.
reply-title = Uw plaats in het panel
reply-lead = U bent geloot. Neemt u deel?
reply-confirm = Ja, ik neem deel
reply-decline = Nee, ik weiger
reply-done-confirmed = Dank u: uw plaats is bevestigd.
reply-done-declined = Dank u om het te laten weten; uw plaats gaat naar iemand anders.
selection-error-confirm = Vink het vakje aan om te bevestigen: deze stap kan niet ongedaan gemaakt worden.
selection-confirm-final = Ik begrijp dat dit niet ongedaan gemaakt kan worden.
selection-name = Naam
selection-email = E-mail
refused-selection-refused-changed = De pool werd intussen opnieuw opgeladen: controleer hem en bevries opnieuw.
selection-problems = Verbeter deze problemen:
draw-bundle-zip = De hele bundel downloaden (zip)
selection-retention = Contactgegevens worden alleen voor het werk van het panel bewaard: wis ze wanneer het panel eindigt ({ $date }).
reply-account-lead = Als lid van het panel krijgt u een account op dit platform, voor het programma, de documenten en de stemmingen. De link is 14 dagen geldig.
reply-account-link = Uw account aanmaken
draw-bundle-replacement-lead = Een vervangingsloting heeft een eigen bundel, die op dezelfde manier met klero verify nagegaan wordt: de pool zijn de mensen die nog in aanmerking komen, de zetels die nog open zijn, de quota die van het panel min wat de blijvende leden invullen; panel.csv noemt wie geloot werd om de afhakers te vervangen, settings.json wie blijft.
selection-conflicts = Quota in conflict
selection-relaxation = De kleinste versoepeling binnen min_flex en max_flex
selection-no-relaxation = Geen enkele versoepeling binnen min_flex en max_flex maakt de quota haalbaar.

## Recruitment by lot: the invitation lottery, the letters, the registration page
recruitment-title = Werving
recruitment-phone-entry = Een telefonisch antwoord invoeren
recruitment-invitations = Uitnodigingen
recruitment-register = Register
recruitment-digest = SHA-256 van het register
recruitment-seed = Zaadwaarde
recruitment-drawn-on = Geloot op
recruitment-population = Bevolking
recruitment-sent = Brieven
recruitment-replies = Inschrijvingen
recruitment-none = Er zijn nog geen uitnodigingen geloot.
recruitment-draw = De uitnodigingen loten
recruitment-draw-lead = Laad het bevolkingsregister of de adreslijst op. Het wordt als stroom gelezen en niet bewaard: alleen de gelote rijen worden opgeslagen. Elk gebied krijgt uitnodigingen naar verhouding van zijn bevolking (of oververtegenwoordigd zoals u instelt), hoogstens één per huishouden, nooit aan iemand op de uitsluitingslijst. Hetzelfde bestand en dezelfde zaadwaarde geven altijd dezelfde uitnodigingen.
recruitment-register-file = Register (CSV of rekenblad)
recruitment-register-hint = Eén rij per persoon, een kopregel, een id-kolom, de kolom van het gebied en de adreskolommen.
recruitment-count = Aantal uitnodigingen
recruitment-stratify-by = Kolom van het gebied (strata)
recruitment-household-columns = Kolommen van het huishouden
recruitment-household-hint = Kolommen, gescheiden door komma's, waarvan de waarden samen een huishouden aanduiden (straat, nummer, postcode).
recruitment-id-column = Id-kolom (standaard: id)
recruitment-address-columns = Adresblok van de brief
recruitment-address-hint = Eén regel van het blok per regel, de kolommen gescheiden door komma's: bijvoorbeeld voornaam, achternaam / straat / postcode, gemeente. Leeg: naam, straat, postcode en gemeente, herkend aan de namen van de kolommen.
recruitment-language-column = Taalkolom (optioneel)
recruitment-languages = Talen van de brief
recruitment-languages-hint = Voor wie geen taal heeft in het register: codes gescheiden door komma's; meerdere komen op dezelfde brief (fr, nl).
recruitment-oversample = Oververtegenwoordiging (optioneel)
recruitment-oversample-hint = GEBIED=FACTOR, gescheiden door komma's, voor gebieden die gewoonlijk minder antwoorden (bijvoorbeeld Molenbeek=1.5).
recruitment-exclude = Uitsluitingslijst (optioneel)
recruitment-exclude-hint = De id's van wie al zetelde of vroeg om niet gecontacteerd te worden.
recruitment-seed-hint = Tekst die de loting vastlegt, bijvoorbeeld getallen die in het openbaar getrokken zijn. Hij wordt met de cijfers gepubliceerd.
recruitment-draw-submit = Uitnodigingen loten
recruitment-dashboard = Antwoorden per gebied
recruitment-strata-caption = Verstuurde brieven en inschrijvingen per gebied, vergeleken met de bevolking
recruitment-stratum = Gebied
recruitment-population-share = Aandeel in de bevolking
recruitment-response-rate = Responsgraad
recruitment-replies-share = Aandeel in de inschrijvingen
recruitment-gap = Verschil
recruitment-letters = Brieven
recruitment-letters-download = De brieven downloaden (PDF, één pagina per brief)
recruitment-letters-lead = Elke brief drukt de tekst in de taal of talen van de genodigde, de persoonlijke code en een QR-code naar de inschrijvingspagina. In de tekst staat {"{code}"} voor de code en {"{url}"} voor het adres van de inschrijvingspagina.
recruitment-letter-text = Brief
recruitment-letter-save = De brief bewaren
recruitment-letter-code-label = Uw persoonlijke code
recruitment-quotas = Quota
recruitment-questions = Het inschrijvingsformulier vraagt:
recruitment-no-quotas = Nog geen quota: de inschrijving gaat open zodra de quota de te stellen vragen bepalen.
recruitment-quotas-lead = Geef het aandeel van elke waarde in de bevolking; het platform stelt de zetels voor rond het evenredige aantal met uw marge, zet de inschrijvingen in de pool en toont op de selectiepagina of een panel kan worden geloot en, zo niet, welke quota botsen.
recruitment-shares = Aandelen in de bevolking
recruitment-shares-hint = Eén regel per waarde: kenmerk,waarde,aandeel (een aantal of een percentage), bijvoorbeeld gender,vrouw,51.
recruitment-tolerance = Marge (%)
recruitment-quotas-submit = Quota voorstellen en toepassen
recruitment-pool-lead = De pool van de selectie bestaat uit de inschrijvingen die beschikbaar zijn; zet ze er opnieuw in na nieuwe inschrijvingen.
recruitment-pool-submit = De inschrijvingen in de pool zetten
recruitment-pool-filled = De inschrijvingen staan in de pool.
recruitment-left-out = De inschrijvingen staan in de pool, behalve nummers { $numbers }: een antwoord is geen waarde van de quota.
recruitment-shares-file = aandelen in de bevolking
recruitment-registrants = Inschrijvingen
recruitment-no-registrants = Er heeft zich nog niemand ingeschreven.
recruitment-registrants-caption = Inschrijvingen, met contactgegevens (alleen organisatoren en medewerkers)
recruitment-number = Nr.
recruitment-contact = Contact
recruitment-answers = Antwoorden
recruitment-available = Beschikbaar
recruitment-needs = Noden
recruitment-by-phone = telefonisch
recruitment-withdrawn = teruggetrokken
recruitment-yes = ja
recruitment-no = nee
recruitment-withdraw = Terugtrekken
recruitment-more = … en nog { $count }.
recruitment-erase-heading = De persoonsgegevens wissen
recruitment-erase-lead = Wist de rijen van het register, de contactgegevens van de ingeschrevenen en het geheim van de codes (de codes werken niet meer). De cijfers en de gepseudonimiseerde antwoorden blijven.
recruitment-erase-submit = Persoonsgegevens wissen
recruitment-error-count = Aantal uitnodigingen: geef een geheel getal van 1 tot 200000.
recruitment-error-stratify = Kolom van het gebied: geef de kolom van het register.
recruitment-error-seed = Zaadwaarde: geef de tekst die de loting vastlegt.
recruitment-error-languages = Talen van de brief: geef minstens één van nl, fr, en, de.
recruitment-error-no-register = Register: kies het bestand om uit te loten.
recruitment-error-no-column = de kolom `{ $column }` staat niet in de kopregel
recruitment-error-changed = het bestand veranderde tijdens het lezen: laad het opnieuw op
recruitment-error-letter = Brief: schrijf een tekst van hoogstens 8000 tekens.
recruitment-error-uploaded-pool = De pool werd uit een bestand opgeladen: laad de quota ermee op op de selectiepagina, of wis eerst die pool.
recruitment-error-no-quotas = Stel eerst de quota in: de pool heeft hun vragen nodig.
recruitment-error-share-line = Aandelen in de bevolking, regel { $line }: schrijf kenmerk,waarde,aandeel met een getal van 0 of meer.
recruitment-error-no-shares = Aandelen in de bevolking: geef minstens één regel.
recruitment-error-tolerance = Marge: geef een percentage van 0 tot 100.
recruitment-error-confirm-erase = Vink het vakje aan om te bevestigen: wissen kan niet ongedaan worden.
refused-recruitment-refused-registered = Er hebben zich al mensen ingeschreven: de uitnodigingen kunnen niet meer opnieuw worden geloot.
refused-recruitment-refused-closed = De inschrijving is gesloten: de pool is bevroren voor de loting.
refused-recruitment-refused-erased = De persoonsgegevens van deze werving zijn gewist.
register-title = Inschrijven voor het burgerpanel
register-lead = U kreeg een brief die u uitnodigt om deel te nemen. Typ de persoonlijke code die erop staat.
register-code = Persoonlijke code
register-code-hint = Twaalf letters en cijfers, bijvoorbeeld K7QM-4TXR-9HCW. Streepjes en spaties maken niet uit.
register-continue = Verder
register-too-many = Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer opnieuw, of bel ons.
register-unknown-code = We herkennen deze code niet. Vergelijk hem met uw brief, of bel ons.
register-staff = U voert een telefonisch antwoord in: het wordt gemarkeerd als ingevoerd door medewerkers.
register-already = Deze code is al ingeschreven: u kunt de antwoorden wijzigen, of u terugtrekken.
register-closed = De inschrijving is gesloten.
register-consent-heading = Uw gegevens
register-consent-text = Uw antwoorden dienen alleen om het panel te loten zodat het op de bevolking lijkt. Uw naam en contactgegevens worden apart bewaard, alleen gezien door de organisatoren en hun medewerkers, nooit gepubliceerd, en gewist wanneer het werk van het panel eindigt. U kunt zich op elk moment met uw code terugtrekken.
register-consent = Ik stem in met dit gebruik van mijn gegevens.
register-consent-staff = De beller stemde in met dit gebruik van zijn of haar gegevens.
register-name = Naam
register-email = E-mailadres
register-phone = Telefoon
register-available = Ik kan aanwezig zijn op de data van het panel: { $dates }.
register-lang = Taal van onze berichten
register-needs = Toegankelijkheid en andere noden (optioneel)
register-needs-hint = Bijvoorbeeld rolstoeltoegang, een gebarentolk, kinderopvang.
register-submit = Inschrijven
register-withdraw-lead = Wilt u niet meer deelnemen, dan kunt u zich terugtrekken: uw contactgegevens worden meteen gewist.
register-withdraw = Mijn inschrijving intrekken
register-done = Dank u: u bent ingeschreven.
register-done-lead = Wanneer de inschrijving sluit, wordt het panel in het openbaar geloot. Wordt u geloot, dan schrijven we u. Bewaar uw brief: met de code kunt u uw antwoorden wijzigen of u terugtrekken.
register-next = Een ander antwoord invoeren
register-withdrawn = Uw inschrijving is ingetrokken en uw contactgegevens zijn gewist.
register-error-consent = Toestemming: vink het vakje aan om in te stemmen met het gebruik van de gegevens.
register-error-answer = Kies een van de antwoorden.
register-error-name = Naam: schrijf uw naam (hoogstens 200 tekens).
register-error-email = E-mailadres: schrijf het als naam@voorbeeld.org.
register-error-contact = Geef een e-mailadres of een telefoonnummer, zodat we u kunnen bereiken.
register-error-phone = Telefoon: alleen cijfers, spaties en + - . / ( ), hoogstens 40.
register-error-lang = Taal: kies een van de talen.
register-error-needs = Noden: hoogstens 2000 tekens.
letter-default-body =
    Beste bewoner,
    {""}
    U bent uit het bevolkingsregister geloot om uitgenodigd te worden voor een burgerpanel. De leden, geloot onder wie antwoordt, komen samen om experts te horen, te beraadslagen en aanbevelingen te doen waarop de regering moet antwoorden.
    {""}
    U hebt geen bijzondere kennis nodig. De sessies worden vergoed en zijn toegankelijk; er is vertaling en kinderopvang.
    {""}
    Om u in te schrijven, gaat u naar {"{url}"} of scant u de QR-code, en typt u uw persoonlijke code {"{code}"}. U kunt ons ook bellen op {"{phone}"} en de code voorlezen.
register-no-code = Typ de code die op uw brief staat.
recruitment-error-letters = De brieven kunnen niet gedrukt worden:
register-mail-subject = Uw inschrijving voor { $assembly }
register-mail-body =
    Beste { $name },
    {""}
    Dank u: u bent ingeschreven. Wanneer de inschrijving sluit, wordt het panel in het openbaar geloot; wordt u geloot, dan schrijven we u opnieuw.
    {""}
    Met de code op uw brief kunt u op de inschrijvingspagina op elk moment uw antwoorden wijzigen of u terugtrekken.

# --- Panel page and navigation (issue 23) ---
panel-heading = Panel { $number }:
panel-cycle = De cyclus van het panel
panel-published = Gepubliceerd voor dit panel
panel-nothing-published = Voor dit panel is nog niets gepubliceerd. De loting, de resultaten van de burgertop en de opvolging van de aanbevelingen verschijnen hier zodra het panel zover is.
panel-your-tools = Uw instrumenten voor dit panel
members-your-tools = Uw instrumenten, per panel
nav-draw = De loting
nav-draw-about = Hoe het panel werd uitgeloot: de verbintenis, het zaad, de loterij en de bestanden om de loting zelf te controleren.
nav-register = Inschrijven met de code uit uw brief
nav-register-about = Uitgenodigde inwoners antwoorden hier met de code die op hun brief staat.
nav-vote = Stemmen op de burgertop
nav-vote-about = Deelnemers stemmen op hun telefoon met de code die ze aan de ingang kregen.
nav-summit-results = Resultaten van de stemmingen op de burgertop
nav-summit-results-about = Elke stemming van de burgertop, de opkomst en, na afsluiting, de uitslag.
nav-tracker = Opvolging van de aanbevelingen
nav-tracker-about = Elke aanbeveling, het antwoord van de regering in elke opvolgingsronde en het oordeel van de commissie.
nav-edit-panel = Panel bewerken
nav-edit-panel-about = Thema, data, grootte en fase van het panel.
nav-recruitment = Werving
nav-recruitment-about = Uitnodigingen uit het register, de brieven en de antwoorden per groep.
nav-selection = Selectie
nav-selection-about = Quota en pool, de pool vastzetten, de loting, afhakers en vervangingen.
nav-summit-hub = Dag van de burgertop
nav-summit-hub-about = Deelnemers, groepen en de plenaire stemmingen van de burgertop.
nav-checkin = Onthaal aan de ingang
nav-checkin-about = Zoek elke deelnemer op, registreer de aanwezigheid en geef de stemcode mee.
nav-programme = Programma
nav-programme-about = De rondes van de burgertop en hun vragen.
nav-proposals = Voorstellen van de tafels
nav-proposals-about = Wat de tafels voorstelden, samengevoegd tot een shortlist.
nav-seating = Tafelindeling
nav-seating-about = Verdeel de aanwezigen over de tafels, ronde per ronde.
nav-seating-list = Wie zit waar
nav-seating-list-about = De tafels van elke ronde, om af te drukken of aan de ingang te raadplegen.
nav-tables = Mijn tafel
nav-tables-about = Voer tijdens een ronde de voorstellen van uw tafel in.
nav-followup = Aanbevelingen en opvolgingsrondes
nav-followup-about = Aanbevelingen invoeren of importeren, de overhandiging vastleggen, de opvolgingsrondes plannen.
nav-answers = De aanbevelingen beantwoorden
nav-answers-about = Het antwoord van de regering op elke aanbeveling opstellen en publiceren, ronde per ronde.
nav-verdicts = De antwoorden beoordelen
nav-verdicts-about = Het oordeel van de commissie over elk gepubliceerd antwoord geven en vervolgvragen stellen.

# --- Selection: drop-outs and replacements (issue 23) ---
punct-colon = :
selection-history-ceremony = Uitgeloot bij de ceremonie.
selection-history-replacing = Uitgeloot bij vervangingsloting { $number }, in de plaats van { $people }.
selection-history-replaced-by = Plaats ingenomen bij vervangingsloting { $number } door { $people }.
withdrawal-declined_by_link = geweigerd via de link in de e-mail
withdrawal-declined = geweigerd (aan de organisatoren gemeld)
withdrawal-unreachable = niet bereikbaar
withdrawal-no_longer_eligible = niet langer verkiesbaar
withdrawal-personal = persoonlijke redenen
withdrawal-did_not_attend = niet naar de eerste sessies gekomen
selection-error-reason = Kies waarom { $id } het panel verlaat: de afhaker is niet geregistreerd.
selection-reason-label = Waarom { $id } het panel verlaat
selection-reason-choose = Kies een reden…
selection-withdraw-hint = Een afhaker registreren haalt het lid definitief uit het panel: de plaats wacht op de volgende vervangingsloting. Alleen het soort reden wordt bewaard, nooit details over de persoon.
selection-replacements = Vervangingslotingen
selection-replacement-left = Verliet het panel
selection-replacement-joined = In hun plaats uitgeloot
selection-replace-how = Vervangers worden niet in volgorde van de reservelijst genomen. Elke vervangingsloting is een nieuwe openbare loterij, met een eigen zaad en controlebundel, onder iedereen in de pool die niet werd uitgeloot, binnen de quota die de overblijvende leden openlaten: ieders kans om een plaats in te nemen blijft zo gelijk als de quota toelaten. De reservelijst wordt met het panel gepubliceerd voor assemblees waarvan de eigen regels reserves in volgorde oproepen.
selection-error-pool-too-small = De pool telt { $count } personen en het panel heeft er { $size } nodig: er is niets vastgezet. Laad eerst een grotere pool op (of vul hem aan met de inschrijvingen).
selection-frozen-notice = De pool is vastgezet: de loterij en de verbintenis staan op de lotingspagina.
selection-freeze-failed = De selectiemotor faalde bij het vastzetten van de pool; er is niets vastgezet. Probeer opnieuw en verwittig de beheerders van het platform als het weer mislukt.
selection-freezing = Ieders kans en de loterij worden berekend: { $settled } van { $total } personen bepaald na { $seconds } s.
selection-freezing-lead = Bij een grote pool duurt dit enkele minuten. U kunt deze pagina verlaten: het vastzetten gaat door, en de pagina toont de uitkomst wanneer u terugkomt.
selection-freezing-refresh = Opnieuw bekijken
selection-labels-heading = Labels in vier talen
selection-labels-lead = De id's van de categorieën en waarden (zoals in de bestanden) veranderen nooit; deze labels zijn wat het inschrijvingsformulier, de lotingspagina en de rapporten elke lezer tonen. Laat een veld leeg om het label in een andere taal te tonen, of de id. Een kenmerkenbestand met de kolommen label_nl, label_fr, label_en, label_de (de waarde van een rij) en feature_label_nl… (de categorie) stelt ze ook in.
selection-labels-submit = Labels opslaan
selection-labels-saved = De labels zijn opgeslagen.
selection-labels-too-long = Het label van „{ $name }” ({ $language }) is langer dan { $max } tekens.
selection-people-from-registrations = de ontvangen inschrijvingen
## tracker (issue 23): overdue per round, confirmation before publishing, work lists
answered-late-days = { $days ->
        [one] 1 dag te laat beantwoord
       *[other] { $days } dagen te laat beantwoord
    }
tracker-late-rule = Een aanbeveling is te laat in een evaluatieronde als de vervaldatum van de ronde voorbij is en er nog geen antwoord op gepubliceerd is, in die ronde of een latere. Elk antwoord telt, ook een verwerping met haar motivering.
work-answer-heading = Wacht op uw antwoord
work-answer-none = Niets wacht op uw antwoord: elke aanbeveling heeft in elke ronde een gepubliceerd antwoord.
work-awaiting-count = { $count ->
        [one] 1 aanbeveling wacht op een antwoord
       *[other] { $count } aanbevelingen wachten op een antwoord
    }
work-round-published = gepubliceerd: deze kunnen nog laat beantwoord worden
work-not-started = nog niet begonnen
work-replies-heading = Vragen die op uw antwoord wachten
work-about-recommendation = over aanbeveling { $number }
work-judge-heading = Wacht op uw oordeel
work-judge-none = Elk gepubliceerd antwoord heeft uw oordeel.
work-judge-count = { $count ->
        [one] 1 gepubliceerd antwoord wacht op uw oordeel:
       *[other] { $count } gepubliceerde antwoorden wachten op uw oordeel:
    }
work-rec-awaits-answer = Deze aanbeveling wacht op uw antwoord in:
work-rec-awaits-verdict = Een gepubliceerd antwoord op deze aanbeveling wacht op uw oordeel:
work-verdict-awaited = Wacht op uw oordeel
round-owed-badge = { $count ->
        [one] 1 aanbeveling nog onbeantwoord
       *[other] { $count } aanbevelingen nog onbeantwoord
    }
round-owed-explained = De ronde is zonder deze gepubliceerd. Elk kan nog in deze ronde beantwoord worden: zo'n antwoord wordt apart gepubliceerd, gedateerd, en als te laat gemarkeerd als het na de vervaldatum komt.
answer-publish-late = Dit antwoord publiceren…
answer-after-round-hint = Deze ronde is gepubliceerd. Een antwoord dat u nu geeft, is er een laat antwoord in: bewaar het als ontwerp en publiceer het daarna apart; vanaf dan is het openbaar en gedateerd.
draft-late-explained = Niet openbaar tot de regering dit antwoord publiceert.
answer-published-on = Gepubliceerd op { $date }
answer-published-after-round = na de ronde, apart
answer-edit-draft = Het ontwerpantwoord bewerken
answer-late = Laat antwoorden in deze ronde
publish-confirm-round-title = Deze evaluatieronde publiceren?
publish-confirm-answer-title = Dit antwoord publiceren?
publish-consequences = Wat publiceren doet
publish-early-badge = { $days ->
        [one] 1 dag te vroeg
       *[other] { $days } dagen te vroeg
    }
publish-early = De ronde vervalt op { $date }: vandaag publiceren is { $days } dagen voor de vervaldatum.
publish-late = De ronde verviel op { $date }, { $days } dagen geleden.
publish-due-today = De ronde vervalt vandaag, { $date }.
publish-answers-final = De antwoorden op { $count } van de { $total } aanbevelingen worden openbaar en definitief: ze kunnen niet meer gewijzigd worden, alleen in een latere ronde vervangen.
publish-answer-final = Dit antwoord wordt openbaar en definitief, met de datum van vandaag: het kan niet meer gewijzigd worden, alleen in een latere ronde vervangen.
publish-unanswered-badge = { $count ->
        [one] 1 zonder antwoord
       *[other] { $count } zonder antwoord
    }
publish-unanswered-heading = { $count ->
        [one] 1 aanbeveling heeft in deze ronde geen antwoord, zelfs geen ontwerp:
       *[other] { $count } aanbevelingen hebben in deze ronde geen antwoord, zelfs geen ontwerp:
    }
publish-unanswered-after = Ze vallen niet weg: na de publicatie blijft elk open in deze ronde. De regering kan ze daar nog beantwoorden; zo'n antwoord wordt apart gepubliceerd, gedateerd, en als te laat gemarkeerd als het na de vervaldatum komt. Tot dan toont de opvolging ze als onbeantwoord in deze ronde, en als te laat zodra de vervaldatum voorbij is.
publish-all-answered = Elke aanbeveling heeft een antwoord in deze ronde.
publish-confirm-round = Ja, publiceren
publish-confirm-answer = Ja, dit antwoord publiceren
publish-cancel = Nee, terug
refused-answer-published = Dit antwoord is gepubliceerd: het is definitief. Een latere ronde kan het vervangen.
refused-round-not-published = Deze ronde is nog niet gepubliceerd: haar antwoorden worden samen met haar gepubliceerd.
event-answer_published = De regering publiceerde haar antwoord op aanbeveling { $rec } in evaluatieronde { $round }, na de ronde
## summit (issue 23): projector mode, closing a vote, bilingual tables, the seating in plain words
projector-vote-here = Stem op uw gsm met de code die u aan de ingang kreeg:
projector-closed = De stemming is gesloten. De einduitslag:
projector-not-open = Deze stemming is nog niet geopend.
projector-room-languages = in de talen van de zaal; in één taal:
vote-close-title = Stemming { $number } sluiten?
vote-close-not-voted = { $missing ->
    [0] Iedereen die mag stemmen, heeft gestemd: { $eligible } mensen.
    [one] { $missing_text } van de { $eligible } mensen die mogen stemmen, heeft nog niet gestemd.
   *[other] { $missing_text } van de { $eligible } mensen die mogen stemmen, hebben nog niet gestemd.
}
vote-close-cast = { $cast ->
    [one] Eén stem tot nu toe: { $phone } per telefoon, { $paper } op papier.
   *[other] { $cast_text } stemmen tot nu toe: { $phone } per telefoon, { $paper } op papier.
}
vote-close-consequence = Sluiten is definitief: daarna wordt geen stem meer aanvaard, en de uitslag wordt één keer geteld en gepubliceerd.
vote-close-confirm = De stemming nu sluiten
vote-close-keep-open = Open laten
summit-language-nl = Nederlands
summit-language-fr = Frans
summit-language-en = Engels
summit-language-de = Duits
seating-pair-name = { $first } en { $second }
seating-bilingual-interpreters-hint = Elke tolk (vertaler) op de lijst hieronder die beide talen spreekt, krijgt een tweetalige tafel, voor zover de talen van de aanwezigen dat toelaten.
error-seating-bilingual = Schrijf elk paar als twee verschillende talen verbonden door +, bijvoorbeeld fr+nl.
seating-bilingual-no-interpreter = Er werden tweetalige tafels ({ $pair }) gevraagd, maar geen tolk op de lijst spreekt beide talen, dus er is er geen gemaakt. Voeg hieronder een tolk toe en deel daarna opnieuw in.
seating-bilingual-made = { $made ->
    [one] Eén tweetalige tafel ({ $pair }), met haar tolk.
   *[other] { $made } tweetalige tafels ({ $pair }), één per tolk.
}
seating-bilingual-none-made = { $interpreters ->
    [one] Eén tolk spreekt { $pair }, maar er kon geen tweetalige tafel komen: elk van de { $tables } tafels is nodig in één taal, zodat iedereen aan een tafel zit in een taal die hij spreekt, met een begeleider die ze spreekt.
   *[other] { $interpreters } tolken spreken { $pair }, maar er kon geen tweetalige tafel komen: elk van de { $tables } tafels is nodig in één taal, zodat iedereen aan een tafel zit in een taal die hij spreekt, met een begeleider die ze spreekt.
}
seating-bilingual-short = { $interpreters } tolken spreken { $pair }, maar slechts { $made } van de { $tables } tafels konden tweetalig zijn: de andere zijn nodig in één taal, zodat iedereen aan een tafel zit in een taal die hij spreekt, met een begeleider die ze spreekt. { $unused ->
    [one] Eén tolk heeft geen tafel.
   *[other] { $unused } tolken hebben geen tafel.
}
seating-column-group = groep
seating-spread-same = { $column } ‘{ $value }’: { $min } aan elke tafel, in elke ronde ({ $share } van de zaal).
seating-spread-or = { $column } ‘{ $value }’: { $min } of { $max } aan elke tafel, in elke ronde ({ $share } van de zaal).
seating-spread-range = { $column } ‘{ $value }’: van { $min } tot { $max } per tafel ({ $share } van de zaal).
seating-cards-languages = Elke kaart staat in de taal van haar tafel; die van een tweetalige tafel in beide.
round-translations = De ronde in andere talen
round-translations-hint = Voor de tafels die ze spreken: een Nederlandstalige tafel leest het Nederlandse thema en de Nederlandse vraag, een tweetalige tafel beide. Een taal die leeg blijft, leest de tekst hierboven.
refused-recruitment-refused-not-open = De inschrijving is nog niet geopend.
recruitment-error-address-lines = een adres heeft ten hoogste { $count } regels (het venster van de envelop).
recruitment-error-address-repeated = regel { $line } noemt de kolom `{ $column }` een tweede keer.
recruitment-error-address-empty = noem ten minste één kolom.
recruitment-opening-open = Genodigden die nu hun code typen, zien het inschrijvingsformulier.
recruitment-opening-later = De inschrijving opent op { $date }. Genodigden die hun code eerder typen, lezen dat ze op { $date } opent.
recruitment-opening-later-no-quotas = De inschrijving opent op { $date }. Genodigden die hun code eerder typen, lezen dat ze op { $date } opent. Stel de quota vóór die dag in: zonder quota heeft het formulier niets te vragen.
recruitment-opening-not-ready = De brieven kunnen nog niet gedrukt worden: een genodigde die de code typt, zou geen formulier vinden. Stel de quota in (hieronder), of een openingsdag.
recruitment-opening-closed = De inschrijving is gesloten: de pool is bevroren. Er worden geen brieven meer gedrukt.
recruitment-error-placeholders = de tekst moet { $placeholders } bevatten: de code en het adres waar die getypt wordt.
recruitment-contact-phone = Telefoonnummer op de brieven
recruitment-contact-email = E-mailadres op de brieven
recruitment-opens-on = De inschrijving opent op
recruitment-opens-on-hint = Leeg: zodra de quota ingesteld zijn. Vóór die dag leest een genodigde die de code typt wanneer de inschrijving opent.
recruitment-error-date = geef een dag als JJJJ-MM-DD.
recruitment-letter-settings = Adres, contact en opening
recruitment-letter-settings-save = Instellingen van de brieven bewaren
recruitment-address-lines-hint = Eén regel van het blok per regel, de kolommen gescheiden door komma's. Het blok wordt gedrukt in het adresveld van DIN 5008 (vorm B), dat zichtbaar is in het venster van een DL- of C5/6-envelop (DIN 680).
recruitment-header-columns = De kolommen van het register: { $columns }.
recruitment-letter-texts = Teksten van de brief
recruitment-placeholders-hint = Elke tekst moet {"{code}"} (de persoonlijke code) en {"{url}"} (het inschrijvingsadres) bevatten. {"{phone}"} en {"{email}"} drukken het telefoonnummer en e-mailadres hierboven af.
recruitment-error-no-phone = de tekst gebruikt {"{phone}"} maar er is geen telefoonnummer ingesteld.
recruitment-error-no-email = de tekst gebruikt {"{email}"} maar er is geen e-mailadres ingesteld.
letter-phone = Tel. { $phone }
register-opens-on = Uw code klopt. De inschrijving opent op { $date }: kom vanaf die dag terug met dezelfde code.
register-not-ready = Uw code klopt, maar de inschrijving is nog niet klaar. Kom over enkele dagen terug met dezelfde code.
register-assembly = Burgerassemblee
register-theme = Thema
register-dates = Data van het panel
register-known = Al bekend uit het bevolkingsregister, dus niet gevraagd: { $categories }.
recruitment-points = { $points } ptn
recruitment-legend-reference = aandeel in de bevolking (of de quota)
recruitment-legend-replies = aandeel van de antwoorden
recruitment-chart = Grafiek
recruitment-strata-hint = Bevolking: mensen in het register per gebied; antwoorden: niet-ingetrokken inschrijvingen, met het antwoordpercentage op de uitnodigingen. Het verschil is het aandeel van de antwoorden min dat van de bevolking, in procentpunten.
recruitment-category-answered = inschrijvingen: { $count }
recruitment-value = Waarde
recruitment-quota-share = Aandeel in de quota
recruitment-quota-share-hint = Voor deze categorie zijn geen bevolkingsaandelen opgegeven: de antwoorden worden vergeleken met het midden van het quotum van elke waarde.
recruitment-error-share-weight = het aandeel van { $category } = { $value } is geen getal van 0 of meer.
recruitment-error-share-empty = de aandelen van { $category } tellen op tot 0.
breadcrumb-label = U bent hier

## Beraadslaging: sessies, aanwezigheid, vergoedingen
nav-sessions = Sessies
nav-drafts = Aanbevelingen in voorbereiding
nav-attendance = Aanwezigheid en vergoedingen
sessions-title = Sessies
sessions-none = Er is nog geen sessie gepland.
sessions-calendar = Zet de sessies in uw agenda (iCalendar)
sessions-calendar-hint = Deze link is persoonlijk: uw agenda-app houdt de sessies er automatisch mee bij. Deel hem met niemand.
session = Sessie
session-number = Sessie { $number }
session-date = Dag
session-starts = Begint om
session-ends = Eindigt om
session-place = Plaats
session-access = Toegankelijkheid
session-access-hint = Bijvoorbeeld: drempelvrije ingang, ringleiding, stille ruimte, dichtstbijzijnde halte.
session-agenda = Agenda
session-edit = Deze sessie wijzigen
session-add = Een sessie plannen
attendance-counts = { $present } aanwezig, { $excused } verontschuldigd, { $absent } afwezig
deliberation-settings = Instellingen van de beraadslaging
settings-required-langs = Talen waarin elke aanbeveling moet bestaan vóór de stemming
settings-required-langs-hint = Een stemming kan pas worden geopend als de aanbeveling in elke aangevinkte taal geschreven en bijgewerkt is (in Brussel: Nederlands en Frans).
settings-allowance = Vergoeding per bijgewoonde sessie (euro)
settings-allowance-hint = Leden die als aanwezig geregistreerd zijn, hebben per sessie recht op dit bedrag; de financiële dienst krijgt de lijst als CSV-bestand.
attendance-title = Aanwezigheid
attendance-sessions = Aanwezigheid per sessie
presence-present = Aanwezig
presence-excused = Verontschuldigd
presence-absent = Afwezig
attendance-no-members = Nog geen enkel panellid heeft een account.
attendance-save = De aanwezigheid opslaan
attendance-none-chosen = Kies aanwezig, verontschuldigd of afwezig voor minstens één lid.
allowances-download = Vergoedingen per lid (CSV)
allowances-hint = Het CSV-bestand vermeldt voor de financiële dienst elk panellid met de bijgewoonde, verontschuldigde en gemiste sessies, het tarief en het verschuldigde bedrag.

## Beraadslaging: opstellen en amenderen
drafts-title = Aanbevelingen
drafts-none = Het panel is nog niet met een aanbeveling begonnen.
drafts-caption = De aanbevelingen van het panel, met hun talen en hun stemming
number-short = Nr.
drafts-languages = Talen
drafts-vote = Stemming
drafts-open-amendments = Amendementen in afwachting: { $count }
drafts-handed-over-as = Overhandigd als aanbeveling { $number }
drafts-new = Een aanbeveling starten
drafts-create = De aanbeveling starten
drafts-handover = Overhandigen aan de regering
drafts-handover-waiting = Aangenomen aanbevelingen die op overhandiging wachten: { $count }.
drafts-handover-on = Datum van overhandiging
drafts-handover-hint = Elke aangenomen aanbeveling gaat naar de opvolging, met haar tekst in elke taal en haar stemming; de evaluatierondes beginnen vanaf deze datum.
drafts-handover-submit = De aangenomen aanbevelingen overhandigen
draft-heading = Aanbeveling { $number }
draft-history = Geschiedenis en verschillen
draft-text = Tekst
draft-language = Taal
draft-edit = De tekst bewerken
draft-edit-hint = Telkens als u opslaat, wordt een nieuwe versie bewaard; er gaat niets verloren. Kies de taal waarin u schrijft: een vertaling wordt op dezelfde manier opgeslagen.
draft-note = Wat is er gewijzigd (optioneel)
draft-save = Een nieuwe versie opslaan
version-number = versie { $version }
part-title = Titel
part-text = Tekst
part-rationale = Motivering
part-theme = Thema
translations-title = Vereiste talen
translation-missing = ontbreekt
translation-current = bijgewerkt (versie { $version }, door { $by })
translation-behind = verouderd: geschreven op basis van versie { $version } door { $by }, sindsdien gewijzigd in versie { $since }
someone = iemand
amendments-title = Amendementen
amendments-none = Nog geen amendement.
amendment-number = Amendement { $number }
amendment-proposed = wacht op een beslissing
amendment-accepted = aanvaard
amendment-rejected = verworpen
amendment-what-replace = Vervangen in het onderdeel ‘{ $part }’ (versie { $version })
amendment-what-add = Toevoegen aan het onderdeel ‘{ $part }’ (versie { $version })
amendment-what-delete = Schrappen uit het onderdeel ‘{ $part }’ (versie { $version })
amendment-by = voorgesteld door { $name }
amendment-reason = Reden
amendment-decided-by = Beslist door { $name }
amendment-note = Toelichting (verplicht bij verwerping)
amendment-accept = Aanvaarden
amendment-reject = Verwerpen
amendment-propose = Een amendement voorstellen
amendment-propose-hint = Citeer de woorden die u wilt wijzigen precies zoals ze in de huidige versie staan.
amendment-part = Onderdeel
amendment-change = Wijziging
change-replace = De passage vervangen
change-add = Na de passage toevoegen (aan het einde als ze leeg is)
change-delete = De passage schrappen
amendment-passage = Passage
amendment-passage-hint = Kopieer ze uit de tekst hierboven; ze moet er precies één keer in voorkomen.
amendment-words = Nieuwe woorden
amendment-submit = Het amendement voorstellen
history-from = Van
history-to = Naar
history-compare = Vergelijken
history-diff = Verschillen tussen versie { $from } en versie { $to }
history-legend = Toegevoegde woorden zijn onderstreept, geschrapte woorden zijn doorgehaald.
history-unchanged = ongewijzigd
history-versions = Alle versies
history-version = Versie
history-author = Door
history-date = Datum
deliberation-stale-save = Iemand heeft versie { $version } opgeslagen terwijl u aan het schrijven was. De huidige tekst staat hierboven; uw tekst is bewaard in het formulier hieronder: vergelijk en sla daarna opnieuw op.
deliberation-stale-amend = De aanbeveling is nu aan versie { $version }. De huidige tekst staat hierboven; uw amendement is bewaard in het formulier: controleer de passage en stel het daarna opnieuw voor.

## Beraadslaging: stemmingen
draft-vote = Stemming
vote-state-drafting = In voorbereiding: nog geen regel vastgelegd
vote-state-declared = Regel vastgelegd: de stemming kan worden geopend
vote-state-opened = Stemming geopend
vote-rule-declared = Regel
vote-no-rule = Er is nog geen regel vastgelegd; zonder regel kan de stemming niet worden geopend.
vote-session = Gehouden tijdens
vote-session-none = Geen bepaalde sessie
vote-ballots-so-far = Stemmen tot nu toe: { $online } online, { $paper } op papier.
vote-result = Uitslag
vote-present = Aanwezige leden
vote-your-ballot = Uw stem
ballot-yours = U hebt gestemd:
vote-change-hint = Zolang de stemming open is, kunt u uw stem wijzigen.
ballot-submit = Stemmen
vote-paper = Een papieren stembiljet invoeren
vote-paper-serial = Nummer van het stembiljet
vote-paper-choice = Op het stembiljet staat
vote-paper-hint = Voert u een nummer opnieuw in, dan vervangt dat het stembiljet met dat nummer.
vote-paper-submit = Het stembiljet invoeren
vote-declare = De regel vastleggen
vote-declare-hint = De regel wordt vastgelegd voordat de stemming opent en kan niet meer veranderen zodra ze open is.
decision-rule = Beslissingsregel
rule-kind-majority = Gewone meerderheid
rule-kind-qualified = Gekwalificeerde meerderheid
rule-kind-consent = Consent (een aantal bezwaren toegestaan)
vote-share = Vereist aandeel, in % (gekwalificeerde meerderheid)
vote-base = Aandeel van
vote-base-cast = de uitgebrachte stemmen
vote-base-present = de leden die op de sessie aanwezig zijn
vote-abstentions = Onthoudingen
vote-abstentions-ignore = niet meetellen
vote-abstentions-count = meetellen als uitgebrachte stemmen
vote-objections = Toegestane bezwaren (consent)
vote-declare-submit = De regel vastleggen
vote-open-hint = Met de opening ligt de tekst waarover gestemd wordt vast: geen bewerkingen of amendementen meer.
vote-open = De stemming openen
vote-close = De stemming sluiten en de stemmen tellen
choice-for = Voor
choice-against = Tegen
choice-abstain = Onthouding
rule-majority = gewone meerderheid
rule-abstentions-count = onthoudingen tellen mee
rule-abstentions-ignored = onthoudingen tellen niet mee
rule-qualified-cast = minstens { $share } % van de uitgebrachte stemmen
rule-qualified-present = minstens { $share } % van de aanwezige leden
rule-consent = consent, hoogstens { $objections } bezwaren
outcome-passed = Aangenomen: { $share } van { $base }
outcome-failed = Niet aangenomen: { $share } van { $base }
error-time = Vul een tijdstip in als UU:MM, bijvoorbeeld 09:30.
error-text-one-language = Schrijf de tekst in minstens één taal.
error-amount = Vul een bedrag in euro in, bijvoorbeeld 25 of 25,50.
error-rule-share = Vul een percentage in boven 50 en hoogstens 100, bijvoorbeeld 80 of 66,7.
error-rule-session = Voor een aandeel van de aanwezige leden is de sessie nodig waarvan de aanwezigheid telt.
error-amend-language = De aanbeveling heeft nog geen tekst in deze taal.
error-amend-not-found = Deze passage staat niet in de huidige tekst: kopieer ze precies.
error-amend-ambiguous = Deze passage komt meer dan één keer voor: citeer een paar woorden meer.
error-amend-length = Het gewijzigde onderdeel zou leeg of te lang zijn.
deliberation-stale = De aanbeveling is intussen gewijzigd.
deliberation-nothing-adopted = Er wacht geen aangenomen aanbeveling op overhandiging.
refused-deliberation-unknown = Er bestaat geen dergelijke sessie, aanbeveling of amendement.
refused-deliberation-stale = De aanbeveling is intussen gewijzigd.
refused-deliberation-does-not-apply = Het amendement is niet meer van toepassing op de huidige tekst.
refused-deliberation-already-decided = Over dit amendement is al beslist.
refused-deliberation-vote-started = De stemming is geopend: de tekst en de regel liggen vast.
refused-deliberation-no-rule = Een stemming kan niet worden geopend voordat de regel is vastgelegd.
refused-deliberation-translations-missing = Een vereiste taal ontbreekt of is niet bijgewerkt: de stemming kan nog niet worden geopend.
refused-deliberation-no-attendance = De regel telt de aanwezige leden, maar voor de sessie van de stemming is geen aanwezigheid geregistreerd.
refused-deliberation-vote-state = De stemming kan deze stap niet zetten: ze gaat van ‘regel vastgelegd’ naar ‘geopend’ en dan naar ‘gesloten’.
refused-deliberation-vote-not-open = De stemming is niet geopend.
refused-deliberation-not-present = Alleen leden die op de sessie als aanwezig geregistreerd zijn, mogen aan deze stemming deelnemen.
refused-deliberation-not-member = Alleen leden van het panel mogen dit doen.
refused-deliberation-more-ballots = Er zijn meer stemmen dan leden die als aanwezig geregistreerd zijn: controleer de aanwezigheid en de papieren stembiljetten.
refused-deliberation-nothing-adopted = Er wacht geen aangenomen aanbeveling op overhandiging.
refused-deliberation-decide-choose = Kies of u het amendement aanvaardt of verwerpt.
refused-deliberation-reason-required = Vermeld waarom het amendement wordt verworpen.
refused-deliberation-choose = Kies voor, tegen of onthouding.
nav-report = Burgerrapport
report-title = Burgerrapport
report-published-on = Gepubliceerd op { $date }
report-pdf = PDF
report-process = Hoe het panel werkte
report-drawn = De { $size } leden werden uitgeloot onder de vrijwilligers die op de uitnodigingsbrieven antwoordden, met quota zodat het panel op de bevolking lijkt.
report-draw-link = Bekijk en controleer de loting.
report-experts = Gehoorde experts
report-named = Leden die met naam vermeld willen worden
report-none = geen
report-recommendations = De aanbevelingen
report-present = { $count } aanwezig
report-minority = Minderheidsstandpunt
report-a-member = een lid
report-not-adopted = Ter stemming gelegd en niet aangenomen
report-theme = Thema
report-page = Pagina
report-see = Lees het gepubliceerde rapport
report-publish = Het rapport publiceren
report-republish = Het rapport opnieuw publiceren (gecorrigeerd)
report-publish-hint = Het rapport neemt de { $count } aangenomen aanbevelingen over zoals ze nu zijn, met hun stemmingen, de sessies en de leden die met naam vermeld willen worden.
report-nothing-yet = Het rapport kan gepubliceerd worden zodra een aanbeveling aangenomen is.
named-title = Uw naam in het rapport
named-label = Vermeld mij bij de leden van het panel in het rapport
named-hint = Niet aangevinkt wordt uw naam nergens gepubliceerd; uw minderheidsstandpunten verschijnen dan als die van ‘een lid’.
minority-title = Minderheidsstandpunten
minority-yours = Uw minderheidsstandpunt (optioneel)
minority-hint = Een korte verklaring waarin u zegt waar u het oneens bent; ze wordt met de aanbeveling in het rapport gepubliceerd.
minority-save = Mijn standpunt bewaren
minority-withdraw = Mijn standpunt intrekken
tracker-in-report = De aangenomen tekst en de stemming in het burgerrapport
draft-translation = Deze versie vertaalt of herformuleert alleen (de andere talen hoeven niet te volgen)
draft-translation-hint = Laat het vakje leeg als u verandert wat de aanbeveling zegt: de andere vereiste talen worden dan als achterstand gemarkeerd tot iemand ze bijwerkt.
draft-editing-in = U bewerkt de tekst in het { $lang }.
draft-edit-other = Een andere taal bewerken:
