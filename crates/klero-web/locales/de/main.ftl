# Kleroterion: deutsche Meldungen. Jeder Schlüssel hier muss auch in en, nl und fr vorhanden sein (ein Test prüft das).

skip-to-content = Direkt zum Inhalt
nav-label = Hauptmenü
nav-assemblies = Versammlungen
nav-account = Mein Konto
nav-new-assembly = Neue Versammlung
nav-sign-in = Anmelden
nav-sign-out = Abmelden
lang-switcher-label = Sprache
footer-text = Kleroterion: ausgeloste Bürgerversammlungen. Open Source.
back-home = Zurück zur Liste der Versammlungen

home-title = Bürgerversammlungen
home-lead = Ausgeloste Bürgerinnen und Bürger beraten und sprechen Empfehlungen aus; hier können Sie jede Versammlung verfolgen.
home-empty = Es gibt noch keine Versammlungen.

kind-one_off = Einmalige Versammlung
kind-permanent = Ständige Versammlung

stage-recruitment = Anwerbung
stage-selection = Auswahl
stage-deliberation = Beratung
stage-recommendations = Empfehlungen
stage-follow_up = Weiterverfolgung
stage-closed = Abgeschlossen
stage-position = Phase { $position } von 6

role-organiser = Organisator
role-staff = Mitarbeiter
role-facilitator = Moderator
role-expert = Sachverständiger
role-panel_member = Panelmitglied
role-commission = Mitglied der Begleitkommission
role-government = Vertreter der Regierung

panels-title = Panels
panels-caption = Panels dieser Versammlung
panels-none = Noch kein Panel.
panel-number = Nr.
panel-dates = Zeitraum
panel-new-title = Neues Panel
panel-edit-title = Panel { $number } bearbeiten

members-area = Mitgliederbereich
members-your-roles = Ihre Rollen hier:
manage-assembly = Diese Versammlung verwalten
public-page = Öffentliche Seite
organiser-nav-label = Organisator
participants-title = Teilnehmende
participants-caption = Personen mit einer Rolle in dieser Versammlung

field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Wählen Sie ein Passwort
field-password-confirm = Passwort wiederholen
field-display-name = Name
field-slug = Kurzname in der Adresse
field-kind = Art der Versammlung
field-title = Titel
field-description = Beschreibung
field-theme = Thema
field-size = Größe des Panels
field-starts-on = Erster Tag
field-ends-on = Letzter Tag
field-stage = Phase
field-role = Rolle
field-roles = Rollen
hint-slug = 3 bis 60 Kleinbuchstaben, Ziffern und Bindestriche, z. B. eupen-klima. Der Kurzname erscheint in der Adresse der Seite.
hint-display-name = Wird den anderen Personen der Versammlung angezeigt.
hint-password = Mindestens 10 Zeichen. Ein Satz, den Sie sich leicht merken können, ist eine gute Wahl.
save = Speichern
form-has-errors = Bitte korrigieren Sie Folgendes:

error-required = Dieses Feld muss ausgefüllt werden.
error-choose-one = Wählen Sie eine der Optionen.
error-title-one-language = Geben Sie den Text in mindestens einer Sprache ein.
error-too-long = Dieser Text ist zu lang.
error-slug-length = Der Kurzname muss 3 bis 60 Zeichen lang sein.
error-slug-characters = Verwenden Sie nur Kleinbuchstaben a-z, Ziffern und Bindestriche; ein Bindestrich darf nicht am Anfang oder am Ende stehen.
error-slug-taken = Eine andere Versammlung verwendet diesen Kurznamen bereits.
error-panel-size = Geben Sie eine ganze Zahl von 1 bis 10000 ein.
error-date = Geben Sie ein Datum im Format JJJJ-MM-TT ein, z. B. 2027-03-01.
error-ends-before-start = Der letzte Tag darf nicht vor dem ersten Tag liegen.
error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
error-display-name = Geben Sie einen Namen mit 1 bis 100 Zeichen ein.
error-password-length = Das Passwort muss mindestens 10 Zeichen lang sein.
error-password-mismatch = Die beiden Passwörter stimmen nicht überein.

login-title = Anmelden
login-submit = Anmelden
login-wrong = Die E-Mail-Adresse oder das Passwort ist nicht richtig. Bitte versuchen Sie es erneut.
login-throttled = Zu viele Versuche. Zu Ihrer Sicherheit versuchen Sie es bitte in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.
login-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; Sie kommen dann zu der Seite zurück, auf der Sie waren.
login-no-account = Konten werden auf Einladung erstellt. Wenn Sie an einer Versammlung teilnehmen, schicken Ihnen die Organisatoren einen Link.

account-title = Mein Konto
account-roles = Meine Versammlungen
account-no-roles = Sie haben noch in keiner Versammlung eine Rolle.
account-platform = Plattform
account-admin = Administrator: Sie dürfen Versammlungen erstellen.

invitation-title = Einladung
invitation-offer = Sie sind eingeladen, an folgender Versammlung teilzunehmen: { $assembly }. Ihre Rolle: { $role }.
invitation-offer-admin = Sie sind eingeladen, diese Kleroterion-Plattform zu verwalten.
invitation-new-account = Wählen Sie einen Namen und ein Passwort, um Ihr Konto für { $email } zu erstellen.
invitation-sign-in-first = Für { $email } gibt es bereits ein Konto. Melden Sie sich damit an, um die Einladung anzunehmen.
invitation-accept = Einladung annehmen
invitation-create-account = Mein Konto erstellen
invitation-used = Diese Einladung wurde bereits angenommen. Melden Sie sich mit Ihrem Konto an.
invitation-expired = Diese Einladung ist abgelaufen. Bitten Sie die Organisatoren um eine neue.
invitation-unknown = Dieser Einladungslink ist nicht gültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben.

assembly-new-title = Neue Versammlung

access-title = Personen und Rollen
access-invite = Jemanden einladen
access-invite-submit = Einladungslink erstellen
access-link-created = Einladung für { $email } erstellt. Schicken Sie der Person diesen Link. Er funktioniert nur einmal, ist 14 Tage gültig und kann später nicht mehr angezeigt werden.
access-link-label = Einladungslink
access-revoke = { $name } die Rolle { $role } entziehen

audit-title = Änderungsprotokoll
audit-lead = Jede Änderung an dieser Versammlung, die neueste zuerst (die letzten 500). Einträge werden nie bearbeitet oder gelöscht.
audit-caption = Änderungen, neueste zuerst
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-subject = Betrifft
audit-before = Vorher
audit-after = Nachher
audit-system = Die Plattform

error-not-found-title = Seite nicht gefunden
error-not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben, oder der Link ist unvollständig.
error-forbidden-title = Nicht erlaubt
error-forbidden-text = Ihr Konto hat keine Rolle, die dies erlaubt. Wenn Sie meinen, dass es so sein sollte, wenden Sie sich an die Organisatoren der Versammlung.
error-csrf-title = Dieses Formular ist abgelaufen
error-csrf-text = Zu Ihrer Sicherheit konnte das Formular nicht angenommen werden: Es war zu alt oder stammte nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular erneut.
error-bad-request-title = Die Anfrage konnte nicht gelesen werden
error-bad-request-text = Die gesendeten Daten konnten nicht verstanden werden. Laden Sie die Seite neu und versuchen Sie es erneut.
error-unavailable-title = Vorübergehend nicht verfügbar
error-unavailable-text = Die Plattform kann ihre Datenbank im Moment nicht erreichen. Bitte versuchen Sie es in einigen Minuten erneut.
error-internal-title = Etwas ist schiefgelaufen
error-internal-text = Die Plattform konnte diese Anfrage nicht abschließen. Es wurde nichts geändert. Bitte versuchen Sie es erneut; wenn es wieder passiert, informieren Sie die Organisatoren.
