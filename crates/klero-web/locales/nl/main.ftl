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
