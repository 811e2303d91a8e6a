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

## Follow-up of recommendations
error-whole-number = Geben Sie eine ganze Zahl im zulässigen Bereich ein.
error-vote-incomplete = Für eine Abstimmung sind die Ja-Stimmen, die Nein-Stimmen und die Mehrheitsregel erforderlich.
error-justification = Jede andere Position als „angenommen“ erfordert eine ausführliche Begründung von mindestens 100 Zeichen in mindestens einer Sprache.
error-referred-to = Geben Sie die Stelle an, an die die Empfehlung verwiesen wird.
error-progress = Geben Sie eine ganze Zahl von 0 bis 100 ein.
error-milestones = Schreiben Sie einen Meilenstein pro Zeile, als YYYY-MM-DD gefolgt von dem, was geschieht.
error-date-past = Das Datum darf nicht in der Vergangenheit liegen.
error-date-future = Das Datum darf nicht in der Zukunft liegen.
error-refused-title = Diese Änderung ist nicht möglich
refused-number-taken = Es gibt bereits eine Empfehlung mit dieser Nummer.
refused-handed-over = Die Empfehlungen wurden der Regierung bereits übergeben; sie können nicht mehr geändert werden.
refused-not-handed-over = Die Empfehlungen wurden noch nicht übergeben.
refused-no-recommendations = Es gibt noch keine Empfehlungen, die übergeben werden könnten.
refused-round-published = Diese Überprüfungsrunde wurde veröffentlicht; die Antworten darin sind endgültig. Eine spätere Runde kann sie ersetzen.
refused-not-published = Nur veröffentlichte Antworten können bewertet werden.
refused-not-empty = Ein Import ist nur in ein Panel ohne Empfehlungen möglich.
refused-unknown = Diese Empfehlung, Runde oder Frage gibt es nicht.
refused-already-replied = Diese Frage wurde bereits beantwortet.
refused-reply-empty = Schreiben Sie eine Antwort, bevor Sie sie senden.
position-accepted = Angenommen
position-partially_accepted = Teilweise angenommen
position-rejected = Abgelehnt
position-under_study = In Prüfung
position-outside_powers = Außerhalb der Zuständigkeit der Regierung
verdict-satisfied = Zufrieden
verdict-partly = Teilweise zufrieden
verdict-not_satisfied = Nicht zufrieden
status-unanswered = Noch nicht beantwortet
status-overdue = Überfällig
overdue-days = Seit { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } überfällig
due-in-days = { $days ->
        [0] Heute fällig
        [one] Morgen fällig
       *[other] In { $days } Tagen fällig
    }
draft = Entwurf
draft-explained = Nicht öffentlich, bis die Regierung die Runde veröffentlicht.
tracker-title = Weiterverfolgung von Panel { $number }
tracker-heading = Weiterverfolgung der Empfehlungen:
tracker-not-handed-over = Die Empfehlungen wurden der Regierung noch nicht übergeben.
tracker-handed-over = Am { $date } der Regierung übergeben.
tracker-summary = Aktueller Stand
tracker-total = Empfehlungen
tracker-average-progress = Durchschnittlicher Fortschritt
tracker-chart-caption = Die zuletzt veröffentlichte Position der Regierung zu jeder Empfehlung
tracker-position = Position
tracker-count = Empfehlungen
tracker-share = Anteil
tracker-recommendations = Empfehlungen
tracker-showing = Angezeigt: { $shown } von { $total } Empfehlungen.
tracker-status = Status
tracker-verdict = Bewertung der Kommission
export-csv = Offene Daten (CSV)
export-json = Offene Daten (JSON)
export-atom = Newsfeed (Atom)
filter-all = Alle
filter-status = Status
filter-apply = Filtern
rounds-heading = Überprüfungsrunden
round-months = Überprüfung nach { $months } Monaten
round-due-label = Überprüfung fällig am { $date }
round-due-on = fällig am { $date }
round-published-on = Veröffentlicht am { $date }
round-history = Änderungen an dieser Runde
round-created-due = erstellt, fällig am { $date }
round-moved = vom { $from } auf den { $to } verschoben
round-publish = Veröffentlichen
round-move = Fälligkeitsdatum verschieben
round-new-due = Neues Fälligkeitsdatum
round-add = Überprüfungsrunde hinzufügen
answers-heading = Die Antworten der Regierung
answer-missing = Keine Antwort
answer-edit = Antworten
answer-save = Antwortentwurf speichern
commission-verdict = Die Bewertung der Begleitkommission
verdict-none = Noch keine Bewertung.
verdict-satisfied-count = zufrieden: { $count }
verdict-partly-count = teilweise: { $count }
verdict-not-count = nicht zufrieden: { $count }
verdict-give = Ihre Bewertung dieser Antwort
verdict-save = Meine Bewertung speichern
referred-to = verwiesen an { $to }
vote-adopted = Angenommen:
vote-for = { $count } dafür
vote-against = { $count } dagegen
vote-abstain = { $count } Enthaltungen
vote-rule = erforderliche Mehrheit: { $rule }
vote-legend = Die Abstimmung, mit der sie angenommen wurde
field-vote-for = Ja-Stimmen
field-vote-against = Nein-Stimmen
field-vote-abstain = Enthaltungen
field-vote-rule = Mehrheitsregel (zum Beispiel 80 %)
field-number = Nummer
field-text = Vollständiger Text
field-position = Position
field-justification = Begründung
field-measures = Geplante Maßnahmen
field-department = Zuständige Dienststelle
field-budget = Budget
field-deadline = Frist für die Maßnahmen
field-progress = Fortschritt (%)
field-milestones = Meilensteine
field-referred-to = Verwiesen an (wenn außerhalb der Zuständigkeit der Regierung)
field-comment = Kommentar (öffentlich, ohne Ihren Namen)
field-question = Ihre Frage
field-due-on = Fälligkeitsdatum
field-reason = Grund (wird öffentlich angezeigt)
field-handed-over-on = Datum der Übergabe
justification-hint = Jede andere Position als „angenommen“ erfordert eine ausführliche Begründung von mindestens 100 Zeichen.
milestones-hint = Einer pro Zeile: YYYY-MM-DD gefolgt von dem, was geschieht.
questions-heading = Nachfragen der Kommission
questions-none = Bisher keine Fragen.
question-number = Frage { $number }
question-asked-on = gestellt am { $date }
question-replied-on = Die Antwort der Regierung vom { $date }:
question-reply = Antworten
question-send-reply = Antwort senden
question-ask = Der Regierung eine Nachfrage stellen
question-send = Frage senden
timeline-heading = Zeitleiste
followup-manage = Empfehlungen und Weiterverfolgung
followup-count = { $count ->
        [one] Eine Empfehlung.
       *[other] { $count } Empfehlungen.
    }
followup-see-tracker = Die öffentliche Übersicht ansehen.
recommendation-add = Empfehlung hinzufügen
import-heading = Empfehlungen importieren
import-lead = Eine CSV- oder Tabellendatei mit den Spalten number, title_nl, title_fr, title_en, title_de, text_nl, ..., theme_nl, ..., vote_for, vote_against, vote_abstain, vote_rule; oder eine aus Kleroterion als CSV oder JSON exportierte Übersicht. Es werden alle Zeilen importiert oder keine.
import-problems = Es wurde nichts importiert. Bitte beheben Sie folgende Probleme:
import-file = Datei
import-submit = Importieren
import-no-file = Wählen Sie eine Datei zum Importieren aus.
handover-heading = Übergabe an die Regierung
handover-lead = Mit der Übergabe beginnen die Fristen zu laufen: Es werden Überprüfungsrunden angelegt, fällig 3 und 12 Monate später. Danach können die Empfehlungen nicht mehr geändert werden.
handover-submit = Übergabe erfassen
outbox-title = Postausgang
outbox-smtp = Nachrichten werden über den konfigurierten Mailserver versendet.
outbox-no-smtp = Es ist kein Mailserver konfiguriert: Die Nachrichten warten hier. Kopieren Sie sie von Hand oder konfigurieren Sie einen (smtp_url).
outbox-empty = Keine Nachrichten.
outbox-to = an { $to }
outbox-sent = gesendet
outbox-waiting = ausstehend
event-recommendations_added = { $detail ->
        [one] Eine Empfehlung hinzugefügt
       *[other] { $detail } Empfehlungen hinzugefügt
    }
event-handover = Empfehlungen am { $detail } der Regierung übergeben
event-round_added = Überprüfungsrunde { $round } hinzugefügt, fällig am { $detail }
event-round_moved = Überprüfungsrunde { $round } auf den { $detail } verschoben
event-round_published = Die Regierung hat Überprüfungsrunde { $round } veröffentlicht ({ $detail } Antworten)
event-verdict_given = Ein Mitglied der Kommission hat die Antwort auf Empfehlung { $rec } bewertet: { $verdict }
event-question_asked = Die Kommission hat Frage { $detail } zu Empfehlung { $rec } gestellt
event-question_answered = Die Regierung hat Frage { $detail } zu Empfehlung { $rec } beantwortet
panel-tracker = Weiterverfolgung
mail-round-upcoming-subject = Überprüfungsrunde { $round } von Panel { $panel } ist am { $date } fällig
mail-round-upcoming-body = Die Antworten der Regierung für Überprüfungsrunde { $round } von Panel { $panel } sind am { $date } fällig (noch { $days } Tage). Beantworten Sie jede Empfehlung und veröffentlichen Sie die Runde: { $link }
mail-round-overdue-subject = Überprüfungsrunde { $round } von Panel { $panel } ist überfällig
mail-round-overdue-body = Überprüfungsrunde { $round } von Panel { $panel } war am { $date } fällig und ist nicht veröffentlicht ({ $days } Tage überfällig). Die öffentliche Weiterverfolgung zeigt es: { $link }
mail-question-upcoming-subject = Frage { $question } der Begleitkommission ist am { $date } fällig
mail-question-upcoming-body = Frage { $question } der Begleitkommission zu Empfehlung { $rec } (Panel { $panel }) erwartet die Antwort der Regierung bis { $date } (noch { $days } Tage): { $link }
mail-question-overdue-subject = Frage { $question } der Begleitkommission ist überfällig
mail-question-overdue-body = Frage { $question } der Begleitkommission zu Empfehlung { $rec } (Panel { $panel }) war am { $date } fällig und hat keine Antwort ({ $days } Tage überfällig): { $link }

# Der Gipfeltag: Teilnehmende, Check-in, Abstimmungen im Plenum
summit-hub = Gipfeltag
summit-nav-label = Gipfel
summit-participants = Teilnehmende
summit-no-participants = Noch keine Teilnehmenden: Importieren Sie die Liste der Personen, die am Tag erwartet werden.
summit-attendance-caption = Wer erwartet wird, wer gekommen ist, wer nicht gekommen ist
summit-group = Gruppe
summit-expected = Erwartet
summit-all-groups = Alle Gruppen
summit-import = Liste der Teilnehmenden importieren
summit-import-lead = Eine CSV- oder Tabellendatei mit den Spalten id, name und languages (zum Beispiel nl;fr) und optional group (drawn, employer, civil_servant, politician, free_thinker, other; drawn, wenn leer) und needs. Alle anderen Spalten (Geschlecht, Alter, Gebiet ...) werden für die Sitzordnung aufbewahrt. Es wird die ganze Datei importiert oder nichts.
summit-import-submit = Teilnehmende importieren
summit-imported = { $count ->
    [one] Eine teilnehmende Person importiert.
   *[other] { $count } Teilnehmende importiert.
}
summit-import-key-taken = die id { $key } steht bereits in der Liste der Teilnehmenden dieses Panels
summit-name-erased = (Name gelöscht)
group-drawn = Ausgeloste Bürgerinnen und Bürger
group-employer = Arbeitgeber
group-civil-servant = Beamte
group-politician = Politiker
group-free-thinker = Freidenker
group-other = Andere
attendance-expected = Erwartet
attendance-present = Anwesend
attendance-absent = Nicht gekommen
checkin-title = Check-in
checkin-present = { $present } von { $total } anwesend
checkin-search = Name oder id
checkin-search-submit = Suchen
checkin-type = Geben Sie einen Namen oder eine id ein, um die Person zu finden.
checkin-none = Keine Treffer für „{ $query }“.
checkin-needs = Bedürfnisse
checkin-arrive = Einchecken
checkin-absent = Nicht gekommen
checkin-undo = Rückgängig machen
checkin-new-code = Neuer Abstimmungscode
checkin-erase = Name löschen
checkin-code-title = Abstimmungscode
checkin-code-for = Abstimmungscode von { $name }:
checkin-code-once = Geben Sie der Person diesen Code jetzt: Er wird nur einmal angezeigt. Geht er verloren, geben Sie einen neuen; der alte funktioniert dann nicht mehr.
checkin-code-where = Die Person stimmt auf ihrem Handy ab unter { $url }
checkin-next = Nächste Person
votes-heading = Abstimmungen im Plenum
votes-none = Noch keine Abstimmungen.
vote-new = Neue Abstimmung
vote-question = Frage
vote-options = Optionen
vote-options-hint = Eine Option pro Zeile, 2 bis 50.
vote-kind = Art der Abstimmung
vote-kind-choose-one = Eine Option wählen
vote-kind-choose-up-to = Bis zu k Optionen wählen
vote-kind-rank = Optionen in eine Rangfolge bringen
vote-kind-points = Punkte verteilen
vote-kind-agreement = Zustimmungsskala
vote-kind-choose-up-to-k = Bis zu { $k } Optionen wählen
vote-kind-points-budget = { $budget } Punkte verteilen
vote-k = k (für „bis zu k Optionen wählen“)
vote-budget = Zu verteilende Punkte (für „Punkte verteilen“)
vote-eligibility = Wer abstimmen darf
vote-eligibility-drawn-only = Nur die ausgelosten Bürgerinnen und Bürger
vote-eligibility-everyone = Alle Anwesenden
vote-create = Abstimmung erstellen
vote-number = Abstimmung { $number }
vote-state-draft = Entwurf
vote-state-open = Offen
vote-state-closed = Abgeschlossen
vote-make-open = Abstimmung öffnen
vote-make-closed = Abstimmung schließen
vote-turnout = { $cast } von { $eligible } haben abgestimmt
vote-results = Ergebnisse
vote-results-summary = { $counted } Stimmzettel gezählt, { $abstentions } Enthaltungen.
vote-place = Platz
vote-option = Option
vote-figure = Ergebnis
vote-detail = Einzelheiten
vote-tied = gleichauf
vote-figure-votes = { $n ->
    [one] 1 Stimme
   *[other] { $n } Stimmen
}
vote-figure-borda = { $n } Borda-Punkte
vote-figure-first = { $n ->
    [one] einmal auf Platz 1 gesetzt
   *[other] { $n }-mal auf Platz 1 gesetzt
}
vote-figure-points = { $n ->
    [one] 1 Punkt
   *[other] { $n } Punkte
}
vote-figure-mean = Mittelwert { $mean } von 5
vote-figure-levels = Antworten pro Stufe { $levels } ({ $answers } Antworten)
vote-not-open-yet = Diese Abstimmung ist noch nicht geöffnet.
projector-link = Beamer-Ansicht
projector-how = Stimmen Sie auf Ihrem Handy mit dem Code ab, den Sie am Eingang erhalten haben.
vote-page-link = Abstimmungsseite für die Teilnehmenden
results-title = Ergebnisse der Abstimmungen
results-none = Es ist noch keine Abstimmung abgeschlossen.
results-json = Vollständige Aufschlüsselung (JSON)
paper-heading = Papierstimmzettel erfassen
paper-counts = { $phone } Stimmzettel per Handy, { $paper } auf Papier.
paper-serial = Nummer des Papierstimmzettels
paper-serial-hint = Wird eine Nummer erneut erfasst, ersetzt sie den Stimmzettel mit dieser Nummer.
paper-submit = Stimmzettel erfassen
paper-abstain = Enthaltung erfassen
paper-saved = Papierstimmzettel { $serial } erfasst.
error-paper-serial = Geben Sie die auf dem Papierstimmzettel aufgedruckte Nummer ein (1 oder mehr).
vote-title = Abstimmen
vote-code = Ihr Abstimmungscode
vote-code-hint = Der Code aus 10 Buchstaben und Ziffern, den Sie am Eingang erhalten haben, zum Beispiel ABCDE-FGHJK.
vote-code-submit = Weiter
vote-code-unknown = Dieser Code ist nicht bekannt. Prüfen Sie ihn oder fragen Sie am Eingang nach.
vote-code-needed = Geben Sie zuerst Ihren Abstimmungscode ein.
vote-code-throttled = Zu viele falsche Codes von dieser Verbindung. Warten Sie zehn Minuten oder fragen Sie am Eingang nach.
vote-none-open = Im Moment ist keine Abstimmung offen. Diese Seite zeigt die nächste Abstimmung, sobald sie geöffnet wird.
vote-refresh = Erneut nachsehen
vote-cast = Ihre Stimme in Abstimmung { $number } ist erfasst. Sie können sie ändern, bis die Abstimmung geschlossen wird.
vote-you-voted = Sie haben abgestimmt; Sie können Ihre Stimme ändern, bis die Abstimmung geschlossen wird.
vote-not-eligible = Über diese Frage stimmen nur die ausgelosten Bürgerinnen und Bürger ab.
vote-submit = Abstimmen
vote-change = Meine Stimme ändern
ballot-abstain = Ich enthalte mich
vote-closed-heading = Abgeschlossene Abstimmungen
vote-leave = Nicht Ihr Handy? Entfernen Sie den Code davon
ballot-help-one = Wählen Sie eine Option.
ballot-help-several = Wählen Sie bis zu { $k } Optionen.
ballot-help-rank = Nummerieren Sie die Optionen in der Reihenfolge Ihrer Präferenz: 1 für die erste; die letzten dürfen Sie leer lassen.
ballot-help-points = Verteilen Sie bis zu { $budget } Punkte auf die Optionen.
ballot-help-agreement = Geben Sie an, wie sehr Sie jeder Aussage zustimmen; einige dürfen Sie leer lassen.
ballot-level-1 = Stimme überhaupt nicht zu
ballot-level-2 = Stimme nicht zu
ballot-level-3 = Weder noch
ballot-level-4 = Stimme zu
ballot-level-5 = Stimme voll und ganz zu
error-vote-options-count = Geben Sie zwischen 2 und 50 Optionen ein, eine pro Zeile.
error-vote-option-duplicate = Zwei Optionen sind gleich.
error-vote-k = Geben Sie eine ganze Zahl zwischen 1 und der Anzahl der Optionen ein.
error-vote-budget = Geben Sie eine ganze Zahl von Punkten zwischen 1 und 1000 ein.
error-vote-empty = Es wurde nichts ausgefüllt: Treffen Sie eine Wahl oder drücken Sie „Ich enthalte mich“.
error-vote-choice = Eine Auswahl gehört nicht zu den Optionen.
error-vote-too-many = Zu viele Optionen gewählt.
error-vote-rank = Ein Rang muss eine ganze Zahl von 1 bis zur Anzahl der Optionen sein.
error-vote-rank-duplicate = Zwei Optionen haben denselben Rang.
error-vote-rank-gap = Die Ränge müssen ab 1 lückenlos aufeinanderfolgen.
error-vote-points = Punkte müssen ganze Zahlen sein, 0 oder mehr.
error-vote-over-budget = Es wurden mehr Punkte vergeben, als zu verteilen sind.
error-vote-level = Wählen Sie eine Stufe von 1 bis 5.
refused-summit-duplicate-key = Diese id steht bereits in der Liste der Teilnehmenden.
refused-summit-participant-unknown = Diese Person steht nicht auf der Liste.
refused-summit-already-checked-in = Diese Person ist bereits eingecheckt; geben Sie ihr stattdessen einen neuen Abstimmungscode.
refused-summit-not-checked-in = Diese Person ist nicht eingecheckt.
refused-summit-code-taken = Dieser Abstimmungscode ist bereits vergeben; versuchen Sie es erneut.
refused-summit-code-unknown = Dieser Abstimmungscode ist nicht bekannt.
refused-summit-not-eligible = Ihre Gruppe stimmt über diese Frage nicht ab.
refused-summit-vote-unknown = Diese Abstimmung gibt es nicht.
refused-summit-vote-not-open = Diese Abstimmung ist nicht offen.
refused-summit-vote-not-editable = Diese Abstimmung wurde geöffnet; ihre Frage und ihre Optionen stehen fest.
refused-summit-vote-state = Eine Abstimmung geht von Entwurf über offen zu abgeschlossen, nicht zurück.
refused-summit-ballot-invalid = Dieser Stimmzettel passt nicht zu der Abstimmung.

# Tischeinteilung
seating-title = Tischeinteilung
seating-present = { $count ->
    [one] Eine Person ist anwesend.
   *[other] { $count } Personen sind anwesend.
}
seating-problems = Die Anwesenden konnten nicht eingeteilt werden
seating-table-size = Personen pro Tisch
seating-rounds = Runden
error-seating-number = Geben Sie eine ganze Zahl im erlaubten Bereich an.
seating-balance = Jeder Tisch spiegelt den Saal wider nach
seating-bilingual = Zweisprachige Tische mit Dolmetschung
seating-bilingual-hint = Sprachpaare, die sich einen Tisch teilen dürfen, zum Beispiel fr+nl. Leer lassen für einsprachige Tische.
seating-seed = Starttext (Seed)
seating-seed-hint = Ein beliebiger Text; dieselben Personen, Einstellungen und derselbe Text ergeben dieselbe Einteilung.
seating-mode = Nachzügler
seating-mode-keep = Alle behalten ihren Platz; wer später kam, wird hinzugefügt
seating-mode-fresh = Alle neu einteilen
seating-run = Anwesende einteilen
seating-too-few = Checken Sie zuerst mindestens zwei Personen ein.
seating-infeasible = Die Sprachregeln lassen sich nicht einhalten:
seating-reason-stranded = { $people ->
        [one] Eine Person kann
       *[other] { $people } Personen können
    } nur an einem Tisch auf { $languages } sitzen, das nur { $speakers } Anwesende sprechen: zu wenige für einen Tisch mit mindestens { $min }. Erlauben Sie einen zweisprachigen Tisch mit Dolmetscher (zum Beispiel fr+nl).
seating-reason-too-many-tables = { $tables } Tische mit mindestens { $min } Personen brauchen mehr Menschen als die { $present } Anwesenden.
seating-reason-too-few-facilitators = { $facilitators } Moderatoren für { $tables } Tische: Jeder Tisch braucht einen. Fügen Sie unter „Moderation und Dolmetschung“ Moderatoren hinzu.
seating-reason-facilitator-language = { $tables } Tische auf { $language }, aber nur { $speakers } Moderatoren sprechen diese Sprache.
seating-reason-fixed-tables = Die Tische, deren Sprache feststeht (durch festgelegte oder beibehaltene Plätze), können nicht alle eine Sprache bekommen, die ihre Leute sprechen.
seating-reason-no-split = Keine Aufteilung der { $tables } Tische auf die Sprachen setzt alle an einen Tisch mit mindestens { $min } in einer Sprache, die sie sprechen.
seating-reason-unseated = In Runde { $round } können { $people } Personen an keinem Tisch in einer Sprache sitzen, die sie sprechen.
seating-reason-kept-above-seated = Mehr Menschen behalten einen Platz an diesen Tischen, als in ihrer Sprache platziert werden.
seating-reason-small-table = In Runde { $round } kann Tisch { $table } ({ $language }) nur { $people } Personen bekommen, die seine Sprache sprechen, weniger als { $min }, angesichts der festgelegten oder beibehaltenen Plätze.
seating-pins = Feste Plätze
seating-pins-lead = Wer einen bestimmten Tisch braucht (barrierefrei, nahe der Tür…), sitzt in jeder Runde dort.
seating-pin-key = Kennung der teilnehmenden Person
seating-pin-table = Tisch
seating-pin-table-hint = Leer lassen, um den festen Platz aufzuheben.
seating-pin-submit = Festlegen
seating-pin-unknown = Keine teilnehmende Person hat diese Kennung.
seating-result = Die Einteilung
seating-figure-people = { $tables ->
    [one] { $people } Personen an einem Tisch.
   *[other] { $people } Personen an { $tables } Tischen.
}
seating-figure-sizes = Tische mit { $smallest } bis { $largest } Personen.
seating-figure-repeats = { $pairs ->
    [0] Niemand sitzt zweimal mit derselben Person zusammen.
    [one] Ein Paar sitzt ein zweites Mal zusammen.
   *[other] { $pairs } Paare sitzen ein zweites Mal zusammen.
}
seating-figure-added = { $added } Nachzügler wurden hinzugefügt.
seating-figure-balance = { $column }: jeder Tisch liegt innerhalb von { $deviation } Personen seines Anteils am Saal
seating-figure-outside = { $tables } Tische weichen um mehr als eine Person ab
seating-list = Tischliste
seating-print-round = diese Runde drucken
seating-cards = Tischkarten
seating-none = Noch keine Tischeinteilung.
seating-round = Runde { $number }
seating-table = Tisch { $number }
seating-qr-alt = QR-Code der Abstimmungsseite, { $url }
seating-card-vote = Stimmen Sie auf Ihrem Handy mit dem Code ab, den Sie am Eingang erhalten haben:
## Summit programme, table proposals, shortlist
programme-title = Programm
programme-none = Das Programm hat noch keine Runden.
programme-add = Eine Runde hinzufügen
programme-add-submit = Die Runde hinzufügen
programme-save = Die Runde speichern
round-number = Runde { $number }
round-label = Runde { $number }: { $theme }
round-theme = Thema
round-duration = Dauer (Minuten)
round-question = Frage an die Tische
round-minutes = { $minutes } Minuten
tables-title = Vorschläge der Tische
tables-no-rounds = Die Organisatoren haben noch keine Runden hinzugefügt.
tables-round = Runde
tables-table = Tischnummer
tables-choose = Wählen
tables-entry-heading = Tisch { $table }, Runde { $number }
tables-proposal = Vorschlag
tables-add = Vorschlag hinzufügen
tables-added = Der Vorschlag wurde hinzugefügt.
tables-waiting = Wartet auf das Senden
tables-all-sent = Alles wurde gesendet.
tables-list-heading = Die Vorschläge dieses Tisches in dieser Runde
proposals-title = Vorschläge und Auswahlliste
proposals-count = Vorschläge ({ $count })
proposals-none = Noch keine Vorschläge.
proposals-table = Tisch { $table }
shortlist-merge = Die angekreuzten Vorschläge zusammenführen
shortlist-into = In
shortlist-new-item = Einen neuen Punkt der Auswahlliste
shortlist-title = Titel des neuen Punktes
shortlist-submit = Zur Auswahlliste hinzufügen
shortlist-heading = Auswahlliste
shortlist-none = Die Auswahlliste ist leer.
shortlist-tables = Vorgeschlagen von den Tischen { $tables }
shortlist-remove = Entfernen
shortlist-vote-question = Frage einer Abstimmung über die Auswahlliste
shortlist-to-vote = Eine Abstimmung mit der Auswahlliste als Optionen vorbereiten
error-round-minutes = Geben Sie eine Dauer von 1 bis 600 Minuten an.
error-control-characters = Dieser Text enthält Zeichen, die nicht gespeichert werden können.
error-client-id = Dieses Formular ist veraltet: Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-table-number = Wählen Sie eine Runde und eine Tischnummer von 1 bis 1000.
error-shortlist-none-ticked = Kreuzen Sie mindestens einen Vorschlag an.
refused-summit-round-unknown = Diese Runde gibt es nicht.
refused-summit-proposal-unknown = Diesen Vorschlag gibt es nicht.
refused-summit-shortlist-unknown = Diesen Punkt der Auswahlliste gibt es nicht.

## Summit staffing: facilitators, translators and the groups' quotas
error-translator-languages = Eine Dolmetscherin braucht mindestens zwei Sprachen, zum Beispiel fr; nl.
error-quota-number = Geben Sie eine ganze Zahl von 0 bis 100000 ein oder lassen Sie das Feld leer.
error-quota-order = Das Minimum liegt über dem Maximum.
error-staff-account = Wählen Sie ein Konto mit der Rolle Moderation in dieser Versammlung.
refused-summit-staff-unknown = Diese Moderation oder Dolmetschung gibt es nicht.
refused-summit-over-quota = Eine Gruppe hätte mehr Personen, als ihre Quote erlaubt.
summit-over-quota = { $group } hätte { $count } Personen auf der Liste, über dem Maximum von { $max }.
seating-figure-untranslated = { $tables ->
    [one] Ein zweisprachiger Tisch hat keine Dolmetschung: Fügen Sie jemanden hinzu, der beide Sprachen spricht, und setzen Sie neu.
   *[other] { $tables } zweisprachige Tische haben keine Dolmetschung: Fügen Sie Personen hinzu, die beide Sprachen sprechen, und setzen Sie neu.
}
seating-facilitator = Moderation: { $name }
seating-translator = Dolmetschung: { $name }
staff-heading = Moderation und Dolmetschung
staff-lead = Jeder Tisch erhält eine Moderation, die seine Sprache spricht und in allen Runden dort bleibt; jeder zweisprachige Tisch eine Dolmetschung für beide Sprachen. Sobald Moderationen eingetragen sind, braucht jeder Tisch eine.
staff-none = Noch keine Moderation oder Dolmetschung: Die Tische werden ohne sie gesetzt.
staff-caption = Moderation und Dolmetschung, mit dem Tisch aus der Sitzordnung
staff-name = Name
staff-role = Rolle
staff-languages = Sprachen
staff-languages-hint = Sprachcodes, getrennt durch ; zum Beispiel nl; fr
staff-table = Tisch
staff-actions = Aktionen
staff-linked = meldet sich an
staff-remove = { $name } entfernen
staff-add = Moderation oder Dolmetschung hinzufügen
staff-add-submit = Hinzufügen
staff-account = Konto
staff-account-hint = Eine mit ihrem Konto verknüpfte Moderation findet auf der Vorschlagsseite ihren Tisch schon ausgewählt.
staff-account-none = Kein Konto
staff-role-facilitator = Moderation
staff-role-translator = Dolmetschung
summit-quota = Quote
summit-quota-short = unter dem Minimum
summit-quotas = Quoten der Gruppen
summit-quotas-lead = Bei einem Gipfel des ganzen Systems hat jede Gruppe eigene Plätze. Eine Liste, die eine Gruppe über ihr Maximum brächte, wird abgelehnt; eine Gruppe mit weniger Anwesenden als ihr Minimum wird markiert.
summit-quotas-caption = Mindest- und Höchstzahl an Personen je Gruppe (leer: keine)
summit-quota-min = Minimum
summit-quota-max = Maximum
summit-quotas-save = Quoten speichern
tables-signin = Ihre Sitzung ist abgelaufen. Die wartenden Vorschläge bleiben auf diesem Telefon gespeichert und werden gesendet, sobald Sie sich wieder angemeldet haben.
tables-signin-link = Erneut anmelden
# Selection of a panel among volunteers, and its public draw page.
refused-selection-refused-frozen = Der Pool ist eingefroren: Quoten und Pool können sich nicht mehr ändern.
refused-selection-refused-no-pool = Es gibt noch keinen Pool: Laden Sie zuerst Quoten und Pool hoch.
refused-selection-refused-not-frozen = Die Auslosung braucht einen eingefrorenen Pool, und das Panel darf noch nicht gelost sein.
refused-selection-refused-commitment = Die Auslosung passt nicht zur veröffentlichten Festlegung.
refused-selection-refused-not-drawn = Das Panel ist noch nicht gelost.
refused-selection-refused-not-member = Diese Person ist kein Mitglied des Panels.
refused-selection-refused-not-withdrawn = Eine Nachbesetzung kann nur Mitglieder ersetzen, die zurückgetreten sind.
selection-title = Auswahl des Panels
selection-state-none = Noch kein Pool
selection-state-open = Pool offen
selection-state-frozen = Pool eingefroren
selection-state-drawn = Panel gelost
draw-public-link = Öffentliche Seite der Auslosung
selection-pool = Pool und Quoten
selection-no-pool = Es wurden noch keine Quoten und kein Pool hochgeladen.
selection-pool-count = { $count } Freiwillige im Pool.
selection-contacts-count = Kontaktdaten gespeichert für { $count }.
selection-composition-caption = Zusammensetzung im Vergleich zu den Quoten
selection-feature = Merkmal
selection-value = Wert
selection-quota = Quote (Sitze)
selection-in-pool = Im Pool
selection-on-panel = Im Panel
selection-outside-quota = außerhalb der Quote
selection-feasible = Die Engine hat ein Panel gefunden, das alle Quoten erfüllt: Die Quoten sind mit diesem Pool erfüllbar.
selection-infeasible = Kein Panel erfüllt mit diesem Pool alle Quoten. Die Diagnose der Engine:
selection-upload = Quoten und Pool hochladen
selection-upload-lead = Ein neuer Upload ersetzt den vorigen, bis der Pool eingefroren ist. Eine fehlerhafte Datei ändert nichts.
selection-panel-size = Größe des Panels (Sitze)
selection-features-file = Quoten (features.csv: feature, value, min, max)
selection-people-file = Pool der Freiwilligen (CSV oder Tabelle)
selection-people-hint = Eine Spalte id, eine Spalte je Merkmal; die optionalen Spalten name, email und address werden getrennt gespeichert und gehen nie in die Auslosung ein.
selection-household-column = Spalte Haushalt (optional)
selection-address-columns = Adressspalten (optional)
selection-address-hint = Durch Kommas getrennt: Personen mit derselben Adresse bilden einen Haushalt, und höchstens eine pro Haushalt wird gelost.
selection-upload-submit = Hochladen und prüfen
selection-freeze-heading = Einfrieren und Festlegung
selection-freeze-lead = Das Einfrieren legt Pool, Quoten und Einstellungen fest und veröffentlicht ihre Festlegung (einen SHA-256-Hash), bevor der Startwert gezogen wird. Danach kann sich nichts mehr ändern.
selection-freeze-submit = Pool einfrieren und Festlegung veröffentlichen
selection-commitment = Festlegung
selection-ceremony = Auslosungszeremonie
selection-ceremony-lead = Geben Sie den öffentlich gezogenen Startwert ein (etwa die Augen von Würfeln, vor Zeugen geworfen). Die Engine lost dann das Panel und eine geordnete Reserveliste, und alle Gelosten werden per E-Mail benachrichtigt.
selection-seed = Startwert
selection-draw-submit = Panel auslosen
selection-members = Geloste Mitglieder
selection-members-caption = Mitglieder nach pseudonymer Kennung
selection-id = Kennung
selection-status = Status
selection-reply = Antwort
selection-actions = Aktionen
selection-withdraw = Rücktritt erfassen
selection-reserves = Reserveliste
selection-no-reserves = Niemand steht auf der Reserveliste.
selection-replace = Nachbesetzungen
selection-waiting = Zurückgetretene, noch nicht ersetzte Mitglieder: { $count }.
selection-replace-submit = Nachrücker auslosen
selection-erase-heading = Kontaktdaten löschen
selection-erased-on = Kontaktdaten gelöscht am { $date }.
selection-erase-lead = Löscht alle Namen, E-Mail- und Postadressen dieses Pools. Der pseudonyme Pool, die Auslosungen und ihre Bündel bleiben.
selection-erase-submit = Kontaktdaten löschen
selection-status-pool = Im Pool
selection-status-member = Mitglied
selection-status-reserve = Reserve
selection-status-withdrawn = Zurückgetreten, noch nicht ersetzt
selection-status-replaced = Zurückgetreten, ersetzt
selection-reply-confirmed = Bestätigt
selection-reply-declined = Abgelehnt
selection-error-size = Geben Sie die Größe des Panels an: eine ganze Zahl von 1 bis 10000.
selection-error-no-features = Wählen Sie die Quotendatei.
selection-error-no-people = Wählen Sie die Pooldatei.
selection-imported = { $count } Freiwillige eingelesen.
selection-error-seed = Geben Sie den öffentlich gezogenen Startwert ein (höchstens 500 Zeichen).
selection-error-none-withdrawn = Kein Mitglied ist zurückgetreten: Es gibt niemanden zu ersetzen.
selection-mail-subject = Sie wurden ausgelost: { $assembly }
selection-mail-body = Guten Tag { $name }, Sie wurden für das Panel ausgelost. Bitte bestätigen oder lehnen Sie hier ab: { $link }
draw-title = Die Auslosung
draw-method = Wie das Panel gelost wird
draw-method-1 = Die Freiwilligen, die auf die Einladung geantwortet haben, bilden den Pool. Quoten legen fest, wie viele Sitze jede Gruppe erhält, damit das Panel der Bevölkerung gleicht, und höchstens eine Person pro Haushalt wird gelost.
draw-method-2 = Unter allen Panels, die die Quoten erfüllen, gibt die Engine allen eine Chance, die so gleich ist, wie die Quoten es erlauben (LEXIMIN), und macht daraus eine Lotterie gleich wahrscheinlicher Panels.
draw-method-3 = Pool, Quoten und Einstellungen wurden festgelegt und ihre Festlegung veröffentlicht, bevor der Startwert öffentlich gezogen wurde; alle können das Bündel unten herunterladen und die Auslosung mit klero verify prüfen.
draw-not-yet = Der Pool ist noch nicht eingefroren: Noch ist nichts veröffentlicht.
draw-frozen = Eingefroren am { $date }, mit { $count } Freiwilligen im Pool.
draw-waiting-seed = Der Startwert wird bei der Zeremonie öffentlich gezogen.
draw-composition = Das Panel im Vergleich zu den Quoten
draw-panel-size = Sitze im Panel: { $count }.
draw-probabilities = Die Chance aller
draw-probabilities-lead = Die Auswahlwahrscheinlichkeit jeder freiwilligen Person, ohne Namen oder Kennungen.
draw-probabilities-caption = Freiwillige nach Auswahlwahrscheinlichkeit
draw-probability = Wahrscheinlichkeit
draw-people = Freiwillige
draw-date = Datum
draw-bundle = Prüfbündel
draw-bundle-lead = Führen Sie klero verify auf dem Zip selbst aus, oder auf dem Ordner, in den Sie es entpackt haben (oder laden Sie die Dateien unten in einen Ordner, mit input/ als Unterordner). Es wird nichts neu berechnet: die Lotterie wird gegen die Festlegung und die Quoten geprüft, die Auslosung anhand des Startwerts.
draw-lottery = Die Lotterie, vor dem Startwert veröffentlicht
draw-lottery-lead = Bei der Festlegung rundete das Rechenwerk die Chancen aller zu einer Lotterie von { $m } gleich wahrscheinlichen Panels ({ $distinct } verschiedene), hier veröffentlicht, bevor der Startwert bekannt ist. Ihr Fingerabdruck ist Teil der Festlegung, sie kann also nicht mehr geändert werden. Der Startwert wählt eine Nummer der Lotterie allein mit ganzzahliger Arithmetik: alle können es nachrechnen.
draw-lottery-change = Die Rundung verändert die Chance jeder Person um höchstens { $change } Prozentpunkte.
draw-lottery-file = Lotterie herunterladen (lottery.json)
draw-first = Die Auslosung des Panels
draw-replacement = Nachbesetzung { $number }
draw-chosen = { $count } Mitglieder gelost.
draw-replaced = { $withdrawn } zurückgetreten; { $chosen } als Ersatz gelost.
reply-title = Ihr Platz im Panel
reply-lead = Sie wurden ausgelost. Nehmen Sie teil?
reply-confirm = Ja, ich nehme teil
reply-decline = Nein, ich lehne ab
reply-done-confirmed = Danke: Ihr Platz ist bestätigt.
reply-done-declined = Danke für Ihre Nachricht; Ihr Platz geht an jemand anderen.
selection-error-confirm = Kreuzen Sie das Kästchen zur Bestätigung an: Dieser Schritt lässt sich nicht rückgängig machen.
selection-confirm-final = Ich verstehe, dass dies nicht rückgängig zu machen ist.
selection-name = Name
selection-email = E-Mail
refused-selection-refused-changed = Der Pool wurde inzwischen neu hochgeladen: Prüfen Sie ihn und frieren Sie erneut ein.
selection-problems = Bitte beheben Sie diese Probleme:
draw-bundle-zip = Das ganze Bündel herunterladen (zip)
selection-retention = Kontaktdaten werden nur für die Arbeit des Panels aufbewahrt: Löschen Sie sie, wenn das Panel endet ({ $date }).
reply-account-lead = Als Mitglied des Panels erhalten Sie ein Konto auf dieser Plattform, für das Programm, die Unterlagen und die Abstimmungen. Der Link ist 14 Tage gültig.
reply-account-link = Ihr Konto anlegen
draw-bundle-replacement-lead = Eine Nachbesetzung hat ein eigenes Bündel, das ebenso mit klero verify geprüft wird: ihr Pool sind die noch Berechtigten, ihre Sitze die offenen, ihre Quoten die des Panels abzüglich dessen, was die bleibenden Mitglieder füllen; panel.csv nennt die als Ersatz Gelosten, settings.json die Bleibenden.
selection-conflicts = Quoten im Konflikt
selection-relaxation = Die kleinste Lockerung innerhalb von min_flex und max_flex
selection-no-relaxation = Keine Lockerung innerhalb von min_flex und max_flex macht die Quoten erfüllbar.

## Recruitment by lot: the invitation lottery, the letters, the registration page
recruitment-title = Anwerbung
recruitment-phone-entry = Eine telefonische Antwort eingeben
recruitment-invitations = Einladungen
recruitment-register = Register
recruitment-digest = SHA-256 des Registers
recruitment-seed = Startwert
recruitment-drawn-on = Gelost am
recruitment-population = Bevölkerung
recruitment-sent = Briefe
recruitment-replies = Anmeldungen
recruitment-none = Es wurden noch keine Einladungen gelost.
recruitment-draw = Die Einladungen losen
recruitment-draw-lead = Laden Sie das Melderegister oder die Adressliste hoch. Es wird als Strom gelesen und nicht aufbewahrt: Nur die gelosten Zeilen werden gespeichert. Jedes Gebiet erhält Einladungen im Verhältnis zu seiner Bevölkerung (oder überproportional, wie Sie es festlegen), höchstens eine pro Haushalt, nie an jemanden auf der Ausschlussliste. Dieselbe Datei und derselbe Startwert ergeben immer dieselben Einladungen.
recruitment-register-file = Register (CSV oder Tabelle)
recruitment-register-hint = Eine Zeile pro Person, eine Kopfzeile, eine ID-Spalte, die Gebietsspalte und die Adressspalten.
recruitment-count = Anzahl der Einladungen
recruitment-stratify-by = Spalte des Gebiets (Schichten)
recruitment-household-columns = Haushaltsspalten
recruitment-household-hint = Spalten, durch Kommas getrennt, deren Werte zusammen einen Haushalt bestimmen (Straße, Hausnummer, Postleitzahl).
recruitment-id-column = ID-Spalte (Standard: id)
recruitment-address-columns = Adressblock des Briefs
recruitment-address-hint = Eine Zeile des Blocks pro Zeile, die Spalten durch Kommas getrennt: zum Beispiel vorname, nachname / strasse / plz, ort. Leer: Name, Straße, Postleitzahl und Ort, erkannt an den Namen der Spalten.
recruitment-language-column = Sprachspalte (optional)
recruitment-languages = Sprachen des Briefs
recruitment-languages-hint = Für Personen ohne Sprache im Register: Codes durch Kommas getrennt; mehrere werden auf denselben Brief gedruckt (fr, nl).
recruitment-oversample = Überproportionale Stichprobe (optional)
recruitment-oversample-hint = GEBIET=FAKTOR, durch Kommas getrennt, für Gebiete, die gewöhnlich weniger antworten (zum Beispiel Molenbeek=1.5).
recruitment-exclude = Ausschlussliste (optional)
recruitment-exclude-hint = Die IDs von Personen, die schon gedient haben oder nicht kontaktiert werden möchten.
recruitment-seed-hint = Text, der die Losung festlegt, zum Beispiel öffentlich gezogene Zahlen. Er wird mit den Zahlen veröffentlicht.
recruitment-draw-submit = Einladungen losen
recruitment-dashboard = Antworten pro Gebiet
recruitment-strata-caption = Versandte Briefe und Anmeldungen pro Gebiet, verglichen mit der Bevölkerung
recruitment-stratum = Gebiet
recruitment-population-share = Anteil an der Bevölkerung
recruitment-response-rate = Antwortquote
recruitment-replies-share = Anteil an den Anmeldungen
recruitment-gap = Abweichung
recruitment-letters = Briefe
recruitment-letters-download = Die Briefe herunterladen (PDF, eine Seite pro Brief)
recruitment-letters-lead = Jeder Brief druckt den Text in der Sprache oder den Sprachen der eingeladenen Person, ihren persönlichen Code und einen QR-Code zur Anmeldeseite. Im Text steht {"{code}"} für den Code und {"{url}"} für die Adresse der Anmeldeseite.
recruitment-letter-text = Brief
recruitment-letter-save = Den Brief speichern
recruitment-letter-code-label = Ihr persönlicher Code
recruitment-quotas = Quoten
recruitment-questions = Das Anmeldeformular fragt:
recruitment-no-quotas = Noch keine Quoten: Die Anmeldung öffnet, sobald die Quoten die zu stellenden Fragen festlegen.
recruitment-quotas-lead = Geben Sie den Anteil jedes Werts an der Bevölkerung an; die Plattform schlägt die Sitze um die proportionale Zahl mit Ihrer Toleranz vor, nimmt die Anmeldungen in den Pool auf und zeigt auf der Auswahlseite, ob ein Panel gelost werden kann und, wenn nicht, welche Quoten sich widersprechen.
recruitment-shares = Anteile an der Bevölkerung
recruitment-shares-hint = Eine Zeile pro Wert: Merkmal,Wert,Anteil (eine Anzahl oder ein Prozentsatz), zum Beispiel Geschlecht,weiblich,51.
recruitment-tolerance = Toleranz (%)
recruitment-quotas-submit = Quoten vorschlagen und anwenden
recruitment-pool-lead = Der Pool der Auswahl besteht aus den verfügbaren Anmeldungen; nehmen Sie sie nach neuen Anmeldungen erneut auf.
recruitment-pool-submit = Die Anmeldungen in den Pool aufnehmen
recruitment-pool-filled = Die Anmeldungen sind im Pool.
recruitment-left-out = Die Anmeldungen sind im Pool, außer den Nummern { $numbers }: Eine Antwort ist kein Wert der Quoten.
recruitment-shares-file = Anteile an der Bevölkerung
recruitment-registrants = Anmeldungen
recruitment-no-registrants = Es hat sich noch niemand angemeldet.
recruitment-registrants-caption = Anmeldungen mit Kontaktdaten (nur Organisation und Team)
recruitment-number = Nr.
recruitment-contact = Kontakt
recruitment-answers = Antworten
recruitment-available = Verfügbar
recruitment-needs = Bedürfnisse
recruitment-by-phone = telefonisch
recruitment-withdrawn = zurückgezogen
recruitment-yes = ja
recruitment-no = nein
recruitment-withdraw = Zurückziehen
recruitment-more = … und { $count } weitere.
recruitment-erase-heading = Die personenbezogenen Daten löschen
recruitment-erase-lead = Löscht die Zeilen des Registers, die Kontaktdaten der Angemeldeten und das Geheimnis der Codes (die Codes funktionieren nicht mehr). Die Zahlen und die pseudonymen Antworten bleiben.
recruitment-erase-submit = Personenbezogene Daten löschen
recruitment-error-count = Anzahl der Einladungen: Geben Sie eine ganze Zahl von 1 bis 200000 an.
recruitment-error-stratify = Spalte des Gebiets: Nennen Sie die Spalte des Registers.
recruitment-error-seed = Startwert: Geben Sie den Text an, der die Losung festlegt.
recruitment-error-languages = Sprachen des Briefs: Geben Sie mindestens eine von nl, fr, en, de an.
recruitment-error-no-register = Register: Wählen Sie die Datei, aus der gelost wird.
recruitment-error-no-column = die Spalte `{ $column }` ist nicht in der Kopfzeile
recruitment-error-changed = die Datei hat sich beim Lesen geändert: Laden Sie sie erneut hoch
recruitment-error-letter = Brief: Schreiben Sie einen Text von höchstens 8000 Zeichen.
recruitment-error-uploaded-pool = Der Pool wurde aus einer Datei hochgeladen: Laden Sie die Quoten damit auf der Auswahlseite hoch oder löschen Sie zuerst diesen Pool.
recruitment-error-no-quotas = Legen Sie zuerst die Quoten fest: Der Pool braucht ihre Fragen.
recruitment-error-share-line = Anteile an der Bevölkerung, Zeile { $line }: Schreiben Sie Merkmal,Wert,Anteil mit einer Zahl von 0 oder mehr.
recruitment-error-no-shares = Anteile an der Bevölkerung: Geben Sie mindestens eine Zeile an.
recruitment-error-tolerance = Toleranz: Geben Sie einen Prozentsatz von 0 bis 100 an.
recruitment-error-confirm-erase = Kreuzen Sie das Kästchen zur Bestätigung an: Das Löschen ist endgültig.
refused-recruitment-refused-registered = Es haben sich bereits Personen angemeldet: Die Einladungen können nicht mehr neu gelost werden.
refused-recruitment-refused-closed = Die Anmeldung ist geschlossen: Der Pool ist für die Losung eingefroren.
refused-recruitment-refused-erased = Die personenbezogenen Daten dieser Anwerbung wurden gelöscht.
register-title = Anmeldung zum Bürgerpanel
register-lead = Sie haben einen Brief mit einer Einladung zur Teilnahme erhalten. Geben Sie den darauf gedruckten persönlichen Code ein.
register-code = Persönlicher Code
register-code-hint = Zwölf Buchstaben und Ziffern, zum Beispiel K7QM-4TXR-9HCW. Bindestriche und Leerzeichen spielen keine Rolle.
register-continue = Weiter
register-too-many = Es wurden zu viele Codes versucht. Bitte warten Sie eine Viertelstunde und versuchen Sie es erneut, oder rufen Sie uns an.
register-unknown-code = Wir erkennen diesen Code nicht. Bitte vergleichen Sie ihn mit Ihrem Brief oder rufen Sie uns an.
register-staff = Sie geben eine telefonische Antwort ein: Sie wird als vom Team eingegeben markiert.
register-already = Dieser Code ist bereits angemeldet: Sie können die Antworten ändern oder sich zurückziehen.
register-closed = Die Anmeldung ist geschlossen.
register-consent-heading = Ihre Daten
register-consent-text = Ihre Antworten dienen nur dazu, das Panel so zu losen, dass es der Bevölkerung ähnelt. Ihr Name und Ihre Kontaktdaten werden getrennt aufbewahrt, nur von der Organisation und ihrem Team gesehen, nie veröffentlicht und nach Ende der Arbeit des Panels gelöscht. Sie können sich jederzeit mit Ihrem Code zurückziehen.
register-consent = Ich stimme dieser Verwendung meiner Daten zu.
register-consent-staff = Die anrufende Person hat dieser Verwendung ihrer Daten zugestimmt.
register-name = Name
register-email = E-Mail-Adresse
register-phone = Telefon
register-available = Ich kann an den Terminen des Panels teilnehmen: { $dates }.
register-lang = Sprache unserer Nachrichten
register-needs = Barrierefreiheit und andere Bedürfnisse (optional)
register-needs-hint = Zum Beispiel Rollstuhlzugang, Gebärdensprachdolmetschung, Kinderbetreuung.
register-submit = Anmelden
register-withdraw-lead = Wenn Sie nicht mehr teilnehmen möchten, können Sie sich zurückziehen: Ihre Kontaktdaten werden sofort gelöscht.
register-withdraw = Meine Anmeldung zurückziehen
register-done = Danke: Sie sind angemeldet.
register-done-lead = Wenn die Anmeldung schließt, wird das Panel öffentlich gelost. Wenn Sie gelost werden, schreiben wir Ihnen. Bewahren Sie Ihren Brief auf: Mit seinem Code können Sie Ihre Antworten ändern oder sich zurückziehen.
register-next = Eine weitere Antwort eingeben
register-withdrawn = Ihre Anmeldung ist zurückgezogen und Ihre Kontaktdaten sind gelöscht.
register-error-consent = Einwilligung: Kreuzen Sie das Kästchen an, um der Verwendung der Daten zuzustimmen.
register-error-answer = Wählen Sie eine der Antworten.
register-error-name = Name: Schreiben Sie Ihren Namen (höchstens 200 Zeichen).
register-error-email = E-Mail-Adresse: Schreiben Sie sie als name@beispiel.org.
register-error-contact = Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir Sie erreichen können.
register-error-phone = Telefon: nur Ziffern, Leerzeichen und + - . / ( ), höchstens 40.
register-error-lang = Sprache: Wählen Sie eine der Sprachen.
register-error-needs = Bedürfnisse: höchstens 2000 Zeichen.
letter-default-body =
    Sehr geehrte Einwohnerin, sehr geehrter Einwohner,
    {""}
    Sie wurden aus dem Melderegister gelost, um zu einem Bürgerpanel eingeladen zu werden. Seine Mitglieder, gelost unter denen, die antworten, treffen sich, um Fachleute zu hören, zu beraten und Empfehlungen zu geben, auf die die Regierung antworten muss.
    {""}
    Sie brauchen keine besonderen Kenntnisse. Die Sitzungen werden vergütet und sind barrierefrei; Dolmetschen und Kinderbetreuung werden angeboten.
    {""}
    Um sich anzumelden, gehen Sie auf {"{url}"} oder scannen Sie den QR-Code und geben Sie Ihren persönlichen Code {"{code}"} ein. Sie können uns auch unter {"{phone}"} anrufen und den Code vorlesen.
register-no-code = Geben Sie den auf Ihrem Brief gedruckten Code ein.
recruitment-error-letters = Die Briefe können nicht gedruckt werden:
register-mail-subject = Ihre Anmeldung für { $assembly }
register-mail-body =
    Guten Tag { $name },
    {""}
    Danke: Sie sind angemeldet. Wenn die Anmeldung schließt, wird das Panel öffentlich gelost; wenn Sie gelost werden, schreiben wir Ihnen erneut.
    {""}
    Mit dem Code auf Ihrem Brief können Sie auf der Anmeldeseite jederzeit Ihre Antworten ändern oder sich zurückziehen.

# --- Panel page and navigation (issue 23) ---
panel-heading = Panel { $number }:
panel-cycle = Der Zyklus des Panels
panel-published = Für dieses Panel veröffentlicht
panel-nothing-published = Für dieses Panel ist noch nichts veröffentlicht. Die Auslosung, die Ergebnisse des Gipfels und die Weiterverfolgung der Empfehlungen erscheinen hier, sobald das Panel so weit ist.
panel-your-tools = Ihre Werkzeuge für dieses Panel
members-your-tools = Ihre Werkzeuge, Panel für Panel
nav-draw = Die Auslosung
nav-draw-about = Wie das Panel ausgelost wurde: die Festlegung, der Startwert, die Lotterie und die Dateien, um die Auslosung selbst zu prüfen.
nav-register = Mit dem Code aus Ihrem Brief anmelden
nav-register-about = Eingeladene Einwohnerinnen und Einwohner antworten hier mit dem Code auf ihrem Brief.
nav-vote = Beim Gipfel abstimmen
nav-vote-about = Teilnehmende stimmen auf ihrem Telefon mit dem Code ab, den sie am Eingang erhalten haben.
nav-summit-results = Ergebnisse der Abstimmungen des Gipfels
nav-summit-results-about = Jede Abstimmung des Gipfels, die Beteiligung und nach dem Schließen das Ergebnis.
nav-tracker = Weiterverfolgung der Empfehlungen
nav-tracker-about = Jede Empfehlung, die Antwort der Regierung in jeder Überprüfungsrunde und das Urteil der Kommission.
nav-edit-panel = Panel bearbeiten
nav-edit-panel-about = Thema, Daten, Größe und Phase des Panels.
nav-recruitment = Anwerbung
nav-recruitment-about = Aus dem Register geloste Einladungen, die Briefe und die Antworten je Gruppe.
nav-selection = Auswahl
nav-selection-about = Quoten und Pool, Einfrieren des Pools, die Auslosung, Ausfälle und Nachbesetzungen.
nav-summit-hub = Gipfeltag
nav-summit-hub-about = Teilnehmende, Gruppen und die Abstimmungen im Plenum.
nav-checkin = Empfang am Eingang
nav-checkin-about = Jede teilnehmende Person finden, als anwesend eintragen und ihr den Abstimmungscode geben.
nav-programme = Programm
nav-programme-about = Die Runden des Gipfels und ihre Fragen.
nav-proposals = Vorschläge der Tische
nav-proposals-about = Was die Tische vorgeschlagen haben, zu einer Auswahlliste zusammengeführt.
nav-seating = Sitzordnung
nav-seating-about = Die Anwesenden Runde für Runde auf Tische verteilen.
nav-seating-list = Wer sitzt wo
nav-seating-list-about = Die Tische jeder Runde, zum Drucken oder zum Nachschlagen am Eingang.
nav-tables = Mein Tisch
nav-tables-about = Die Vorschläge Ihres Tisches während einer Runde eingeben.
nav-followup = Empfehlungen und Überprüfungsrunden
nav-followup-about = Empfehlungen eingeben oder importieren, die Übergabe festhalten, die Überprüfungsrunden planen.
nav-answers = Die Empfehlungen beantworten
nav-answers-about = Die Antwort der Regierung auf jede Empfehlung entwerfen und veröffentlichen, Runde für Runde.
nav-verdicts = Die Antworten beurteilen
nav-verdicts-about = Das Urteil der Kommission zu jeder veröffentlichten Antwort abgeben und Nachfragen stellen.

# --- Selection: drop-outs and replacements (issue 23) ---
punct-colon = :
selection-history-ceremony = Bei der Zeremonie ausgelost.
selection-history-replacing = Bei Nachlosung { $number } ausgelost, anstelle von { $people }.
selection-history-replaced-by = Platz bei Nachlosung { $number } besetzt durch { $people }.
withdrawal-declined_by_link = über den Link in der E-Mail abgesagt
withdrawal-declined = abgesagt (den Organisatoren mitgeteilt)
withdrawal-unreachable = nicht erreichbar
withdrawal-no_longer_eligible = nicht mehr teilnahmeberechtigt
withdrawal-personal = persönliche Gründe
withdrawal-did_not_attend = nicht zu den ersten Sitzungen gekommen
selection-error-reason = Wählen Sie, warum { $id } das Panel verlässt: der Ausfall wurde nicht eingetragen.
selection-reason-label = Warum { $id } das Panel verlässt
selection-reason-choose = Grund wählen…
selection-withdraw-hint = Einen Ausfall einzutragen nimmt das Mitglied endgültig aus dem Panel: sein Platz wartet auf die nächste Nachlosung. Gespeichert wird nur die Art des Grundes, nie Einzelheiten über die Person.
selection-replacements = Nachlosungen
selection-replacement-left = Haben das Panel verlassen
selection-replacement-joined = An ihrer Stelle ausgelost
selection-replace-how = Nachrückende werden nicht der Reihe nach aus der Reserveliste genommen. Jede Nachlosung ist eine neue öffentliche Lotterie mit eigenem Startwert und Prüfpaket unter allen nicht ausgelosten Personen des Pools, innerhalb der Quoten, die die verbleibenden Mitglieder offen lassen: die Chance aller, einen Platz zu besetzen, bleibt so gleich, wie die Quoten es erlauben. Die Reserveliste wird mit dem Panel veröffentlicht, für Versammlungen, deren eigene Regeln Reserven der Reihe nach aufrufen.
selection-error-pool-too-small = Der Pool umfasst { $count } Personen, das Panel braucht { $size }: nichts wurde eingefroren. Laden Sie zuerst einen größeren Pool hoch (oder füllen Sie ihn aus den Anmeldungen auf).
selection-frozen-notice = Der Pool ist eingefroren: seine Lotterie und die Festlegung sind auf der Seite der Auslosung veröffentlicht.
selection-freeze-failed = Die Auswahl-Engine ist beim Einfrieren des Pools gescheitert; nichts wurde eingefroren. Versuchen Sie es erneut und benachrichtigen Sie die Administratoren der Plattform, falls es wieder scheitert.
selection-freezing = Die Chancen aller und die Lotterie werden berechnet: { $settled } von { $total } Personen nach { $seconds } s festgelegt.
selection-freezing-lead = Bei einem großen Pool dauert das einige Minuten. Sie können diese Seite verlassen: das Einfrieren läuft weiter, und die Seite zeigt das Ergebnis, wenn Sie zurückkommen.
selection-freezing-refresh = Erneut ansehen
selection-labels-heading = Bezeichnungen in vier Sprachen
selection-labels-lead = Die Kennungen der Kategorien und Werte (wie in den Dateien) ändern sich nie; diese Bezeichnungen zeigen das Anmeldeformular, die Seite der Auslosung und die Berichte jeder Leserin und jedem Leser. Lassen Sie ein Feld leer, um die Bezeichnung einer anderen Sprache oder die Kennung zu zeigen. Eine Merkmalsdatei mit den Spalten label_nl, label_fr, label_en, label_de (der Wert einer Zeile) und feature_label_nl… (ihre Kategorie) setzt sie ebenfalls.
selection-labels-submit = Bezeichnungen speichern
selection-labels-saved = Die Bezeichnungen sind gespeichert.
selection-labels-too-long = Die Bezeichnung von „{ $name }“ ({ $language }) ist länger als { $max } Zeichen.
selection-people-from-registrations = die eingegangenen Anmeldungen
## tracker (issue 23): overdue per round, confirmation before publishing, work lists
answered-late-days = { $days ->
        [one] 1 Tag zu spät beantwortet
       *[other] { $days } Tage zu spät beantwortet
    }
tracker-late-rule = Eine Empfehlung ist in einer Überprüfungsrunde im Verzug, wenn die Frist der Runde abgelaufen ist und noch keine Antwort darauf veröffentlicht wurde, in dieser oder einer späteren Runde. Jede Antwort zählt, auch eine Ablehnung mit ihrer Begründung.
work-answer-heading = Wartet auf Ihre Antwort
work-answer-none = Nichts wartet auf Ihre Antwort: Jede Empfehlung hat in jeder Runde eine veröffentlichte Antwort.
work-awaiting-count = { $count ->
        [one] 1 Empfehlung wartet auf eine Antwort
       *[other] { $count } Empfehlungen warten auf eine Antwort
    }
work-round-published = veröffentlicht: sie können noch verspätet beantwortet werden
work-not-started = nicht begonnen
work-replies-heading = Fragen, die auf Ihre Antwort warten
work-about-recommendation = zu Empfehlung { $number }
work-judge-heading = Wartet auf Ihr Urteil
work-judge-none = Jede veröffentlichte Antwort hat Ihr Urteil.
work-judge-count = { $count ->
        [one] 1 veröffentlichte Antwort wartet auf Ihr Urteil:
       *[other] { $count } veröffentlichte Antworten warten auf Ihr Urteil:
    }
work-rec-awaits-answer = Diese Empfehlung wartet auf Ihre Antwort in:
work-rec-awaits-verdict = Eine veröffentlichte Antwort auf diese Empfehlung wartet auf Ihr Urteil:
work-verdict-awaited = Wartet auf Ihr Urteil
round-owed-badge = { $count ->
        [one] 1 Empfehlung noch unbeantwortet
       *[other] { $count } Empfehlungen noch unbeantwortet
    }
round-owed-explained = Die Runde wurde ohne sie veröffentlicht. Jede kann in dieser Runde noch beantwortet werden: Eine solche Antwort wird einzeln veröffentlicht, datiert und als verspätet markiert, wenn sie nach der Frist kommt.
answer-publish-late = Diese Antwort veröffentlichen…
answer-after-round-hint = Diese Runde ist veröffentlicht. Eine jetzt gegebene Antwort ist darin eine verspätete Antwort: Speichern Sie sie als Entwurf und veröffentlichen Sie sie dann einzeln; ab dann ist sie öffentlich und datiert.
draft-late-explained = Nicht öffentlich, bis die Regierung diese Antwort veröffentlicht.
answer-published-on = Veröffentlicht am { $date }
answer-published-after-round = nach der Runde, einzeln
answer-edit-draft = Den Antwortentwurf bearbeiten
answer-late = In dieser Runde verspätet antworten
publish-confirm-round-title = Diese Überprüfungsrunde veröffentlichen?
publish-confirm-answer-title = Diese Antwort veröffentlichen?
publish-consequences = Was die Veröffentlichung bewirkt
publish-early-badge = { $days ->
        [one] 1 Tag zu früh
       *[other] { $days } Tage zu früh
    }
publish-early = Die Runde ist am { $date } fällig: Heute zu veröffentlichen ist { $days } Tage vor der Frist.
publish-late = Die Runde war am { $date } fällig, vor { $days } Tagen.
publish-due-today = Die Runde ist heute fällig, am { $date }.
publish-answers-final = Die Antworten auf { $count } der { $total } Empfehlungen werden öffentlich und endgültig: Sie können nicht mehr geändert, nur in einer späteren Runde ersetzt werden.
publish-answer-final = Diese Antwort wird öffentlich und endgültig, mit dem heutigen Datum: Sie kann nicht mehr geändert, nur in einer späteren Runde ersetzt werden.
publish-unanswered-badge = { $count ->
        [one] 1 ohne Antwort
       *[other] { $count } ohne Antwort
    }
publish-unanswered-heading = { $count ->
        [one] 1 Empfehlung hat in dieser Runde keine Antwort, nicht einmal einen Entwurf:
       *[other] { $count } Empfehlungen haben in dieser Runde keine Antwort, nicht einmal einen Entwurf:
    }
publish-unanswered-after = Sie fallen nicht weg: Nach der Veröffentlichung bleibt jede in dieser Runde offen. Die Regierung kann sie dort noch beantworten; diese Antwort wird einzeln veröffentlicht, datiert und als verspätet markiert, wenn sie nach der Frist kommt. Bis dahin zeigt die Nachverfolgung sie in dieser Runde als unbeantwortet, und als im Verzug, sobald die Frist abgelaufen ist.
publish-all-answered = Jede Empfehlung hat in dieser Runde eine Antwort.
publish-confirm-round = Ja, veröffentlichen
publish-confirm-answer = Ja, diese Antwort veröffentlichen
publish-cancel = Nein, zurück
refused-answer-published = Diese Antwort ist veröffentlicht: Sie ist endgültig. Eine spätere Runde kann sie ersetzen.
refused-round-not-published = Diese Runde ist noch nicht veröffentlicht: Ihre Antworten werden mit ihr veröffentlicht.
event-answer_published = Die Regierung veröffentlichte ihre Antwort auf Empfehlung { $rec } in Überprüfungsrunde { $round }, nach der Runde
## summit (issue 23): projector mode, closing a vote, bilingual tables, the seating in plain words
projector-vote-here = Stimmen Sie auf Ihrem Handy mit dem Code ab, den Sie am Eingang erhalten haben:
projector-closed = Die Abstimmung ist geschlossen. Das Endergebnis:
projector-not-open = Diese Abstimmung ist noch nicht geöffnet.
projector-room-languages = in den Sprachen des Saals; in einer Sprache:
vote-close-title = Abstimmung { $number } schließen?
vote-close-not-voted = { $missing ->
    [0] Alle Stimmberechtigten haben abgestimmt: { $eligible } Personen.
    [one] { $missing_text } der { $eligible } Stimmberechtigten hat noch nicht abgestimmt.
   *[other] { $missing_text } der { $eligible } Stimmberechtigten haben noch nicht abgestimmt.
}
vote-close-cast = { $cast ->
    [one] Bisher ein Stimmzettel: { $phone } per Telefon, { $paper } auf Papier.
   *[other] Bisher { $cast_text } Stimmzettel: { $phone } per Telefon, { $paper } auf Papier.
}
vote-close-consequence = Das Schließen ist endgültig: Danach wird kein Stimmzettel mehr angenommen, und das Ergebnis wird einmal gezählt und veröffentlicht.
vote-close-confirm = Abstimmung jetzt schließen
vote-close-keep-open = Offen lassen
summit-language-nl = Niederländisch
summit-language-fr = Französisch
summit-language-en = Englisch
summit-language-de = Deutsch
seating-pair-name = { $first } und { $second }
seating-bilingual-interpreters-hint = Jede Dolmetscherin und jeder Dolmetscher (Übersetzer) auf der Liste unten, die beide Sprachen sprechen, bekommt einen zweisprachigen Tisch, soweit die Sprachen der Anwesenden es erlauben.
error-seating-bilingual = Schreiben Sie jedes Paar als zwei verschiedene Sprachen, verbunden durch +, zum Beispiel fr+nl.
seating-bilingual-no-interpreter = Zweisprachige Tische ({ $pair }) wurden verlangt, aber niemand auf der Dolmetscherliste spricht beide Sprachen, daher wurde keiner gebildet. Fügen Sie unten eine Dolmetscherin oder einen Dolmetscher hinzu und setzen Sie neu.
seating-bilingual-made = { $made ->
    [one] Ein zweisprachiger Tisch ({ $pair }), mit Dolmetschung.
   *[other] { $made } zweisprachige Tische ({ $pair }), einer je Dolmetscher.
}
seating-bilingual-none-made = { $interpreters ->
    [one] Ein Dolmetscher spricht { $pair }, aber kein zweisprachiger Tisch war möglich: Jeder der { $tables } Tische wird in einer einzigen Sprache gebraucht, damit alle an einem Tisch in einer Sprache sitzen, die sie sprechen, mit einer Moderation, die sie spricht.
   *[other] { $interpreters } Dolmetscher sprechen { $pair }, aber kein zweisprachiger Tisch war möglich: Jeder der { $tables } Tische wird in einer einzigen Sprache gebraucht, damit alle an einem Tisch in einer Sprache sitzen, die sie sprechen, mit einer Moderation, die sie spricht.
}
seating-bilingual-short = { $interpreters } Dolmetscher sprechen { $pair }, aber nur { $made } der { $tables } Tische konnten zweisprachig sein: Die anderen werden in einer einzigen Sprache gebraucht, damit alle an einem Tisch in einer Sprache sitzen, die sie sprechen, mit einer Moderation, die sie spricht. { $unused ->
    [one] Ein Dolmetscher hat keinen Tisch.
   *[other] { $unused } Dolmetscher haben keinen Tisch.
}
seating-column-group = Gruppe
seating-spread-same = { $column } „{ $value }“: { $min } an jedem Tisch, in jeder Runde ({ $share } des Saals).
seating-spread-or = { $column } „{ $value }“: { $min } oder { $max } an jedem Tisch, in jeder Runde ({ $share } des Saals).
seating-spread-range = { $column } „{ $value }“: von { $min } bis { $max } pro Tisch ({ $share } des Saals).
seating-cards-languages = Jede Karte steht in der Sprache ihres Tisches; die eines zweisprachigen Tisches in beiden.
round-translations = Die Runde in anderen Sprachen
round-translations-hint = Für die Tische, die sie sprechen: Ein deutschsprachiger Tisch liest Thema und Frage auf Deutsch, ein zweisprachiger Tisch beide. Eine leer gelassene Sprache liest den Text oben.
refused-recruitment-refused-not-open = Die Anmeldung ist noch nicht geöffnet.
recruitment-error-address-lines = eine Anschrift hat höchstens { $count } Zeilen (das Fenster des Umschlags).
recruitment-error-address-repeated = Zeile { $line } nennt die Spalte „{ $column }“ ein zweites Mal.
recruitment-error-address-empty = nennen Sie mindestens eine Spalte.
recruitment-opening-open = Eingeladene, die jetzt ihren Code eingeben, sehen das Anmeldeformular.
recruitment-opening-later = Die Anmeldung öffnet am { $date }. Eingeladene, die ihren Code vorher eingeben, lesen, dass sie am { $date } öffnet.
recruitment-opening-later-no-quotas = Die Anmeldung öffnet am { $date }. Eingeladene, die ihren Code vorher eingeben, lesen, dass sie am { $date } öffnet. Legen Sie die Quoten vor diesem Tag fest: ohne sie hat das Formular nichts zu fragen.
recruitment-opening-not-ready = Die Briefe können noch nicht gedruckt werden: Eingeladene, die ihren Code eingeben, fänden kein Formular. Legen Sie die Quoten (unten) oder einen Öffnungstag fest.
recruitment-opening-closed = Die Anmeldung ist geschlossen: der Pool ist eingefroren. Es werden keine Briefe mehr gedruckt.
recruitment-error-placeholders = der Text muss { $placeholders } enthalten: den Code und die Adresse, unter der er eingegeben wird.
recruitment-contact-phone = Telefonnummer auf den Briefen
recruitment-contact-email = E-Mail-Adresse auf den Briefen
recruitment-opens-on = Die Anmeldung öffnet am
recruitment-opens-on-hint = Leer: sobald die Quoten festgelegt sind. Vor diesem Tag lesen Eingeladene, die ihren Code eingeben, wann die Anmeldung öffnet.
recruitment-error-date = geben Sie einen Tag als JJJJ-MM-TT an.
recruitment-letter-settings = Anschrift, Kontakt und Öffnung
recruitment-letter-settings-save = Einstellungen der Briefe speichern
recruitment-address-lines-hint = Eine Zeile des Blocks pro Zeile, die Spalten durch Kommas getrennt. Der Block wird in das Anschriftfeld nach DIN 5008 (Form B) gedruckt, das im Fenster eines DL- oder C5/6-Umschlags (DIN 680) erscheint.
recruitment-header-columns = Die Spalten des Registers: { $columns }.
recruitment-letter-texts = Texte des Briefs
recruitment-placeholders-hint = Jeder Text muss {"{code}"} (den persönlichen Code) und {"{url}"} (die Anmeldeadresse) enthalten. {"{phone}"} und {"{email}"} drucken die Telefonnummer und E-Mail-Adresse von oben.
recruitment-error-no-phone = der Text verwendet {"{phone}"}, aber es ist keine Telefonnummer angegeben.
recruitment-error-no-email = der Text verwendet {"{email}"}, aber es ist keine E-Mail-Adresse angegeben.
letter-phone = Tel. { $phone }
register-opens-on = Ihr Code ist richtig. Die Anmeldung öffnet am { $date }: Kommen Sie ab diesem Tag mit demselben Code wieder.
register-not-ready = Ihr Code ist richtig, aber die Anmeldung ist noch nicht bereit. Kommen Sie in einigen Tagen mit demselben Code wieder.
register-assembly = Bürgerversammlung
register-theme = Thema
register-dates = Termine des Panels
register-known = Schon aus dem Melderegister bekannt, daher nicht gefragt: { $categories }.
recruitment-points = { $points } Pkt.
recruitment-legend-reference = Anteil an der Bevölkerung (oder den Quoten)
recruitment-legend-replies = Anteil der Antworten
recruitment-chart = Diagramm
recruitment-strata-hint = Bevölkerung: Personen im Register je Gebiet; Antworten: nicht zurückgezogene Anmeldungen, mit der Antwortquote auf die Einladungen. Die Abweichung ist der Anteil der Antworten minus den der Bevölkerung, in Prozentpunkten.
recruitment-category-answered = Anmeldungen: { $count }
recruitment-value = Wert
recruitment-quota-share = Anteil in den Quoten
recruitment-quota-share-hint = Für diese Kategorie wurden keine Bevölkerungsanteile angegeben: die Antworten werden mit der Mitte der Quote jedes Werts verglichen.
recruitment-error-share-weight = der Anteil von { $category } = { $value } ist keine Zahl von 0 oder mehr.
recruitment-error-share-empty = die Anteile von { $category } ergeben zusammen 0.
breadcrumb-label = Sie sind hier

## Beratung: Sitzungen, Anwesenheit, Aufwandsentschädigungen
nav-sessions = Sitzungen
nav-drafts = Empfehlungen in Ausarbeitung
nav-attendance = Anwesenheit und Aufwandsentschädigungen
sessions-title = Sitzungen
sessions-none = Es ist noch keine Sitzung geplant.
sessions-calendar = Sitzungen in Ihren Kalender übernehmen (iCalendar)
sessions-calendar-hint = Dieser Link ist persönlich: Ihre Kalender-App hält die Sitzungen damit auf dem neuesten Stand. Geben Sie ihn nicht weiter.
session = Sitzung
session-number = Sitzung { $number }
session-date = Tag
session-starts = Beginn
session-ends = Ende
session-place = Ort
session-access = Barrierefreiheit
session-access-hint = Zum Beispiel: stufenloser Eingang, Induktionsschleife, Ruheraum, nächste Haltestelle.
session-agenda = Tagesordnung
session-edit = Diese Sitzung ändern
session-add = Eine Sitzung planen
attendance-counts = { $present } anwesend, { $excused } entschuldigt, { $absent } abwesend
deliberation-settings = Einstellungen der Beratung
settings-required-langs = Sprachen, in denen jede Empfehlung vor ihrer Abstimmung vorliegen muss
settings-required-langs-hint = Eine Abstimmung kann erst eröffnet werden, wenn die Empfehlung in jeder angekreuzten Sprache verfasst und auf dem aktuellen Stand ist (in Brüssel: Niederländisch und Französisch).
settings-allowance = Aufwandsentschädigung pro besuchte Sitzung (Euro)
settings-allowance-hint = Mitgliedern, die als anwesend erfasst sind, steht dieser Betrag pro Sitzung zu; die Finanzabteilung erhält die Liste als CSV-Datei.
attendance-title = Anwesenheit
attendance-sessions = Anwesenheit pro Sitzung
presence-present = Anwesend
presence-excused = Entschuldigt
presence-absent = Abwesend
attendance-no-members = Noch kein Panelmitglied hat ein Konto.
attendance-save = Anwesenheit speichern
attendance-none-chosen = Wählen Sie für mindestens ein Mitglied „anwesend“, „entschuldigt“ oder „abwesend“.
allowances-download = Aufwandsentschädigungen pro Mitglied (CSV)
allowances-hint = Die CSV-Datei führt für die Finanzabteilung jedes Panelmitglied mit den besuchten, entschuldigten und versäumten Sitzungen, dem Satz pro Sitzung und dem zustehenden Betrag auf.

## Beratung: Ausarbeitung und Änderungsanträge
drafts-title = Empfehlungen
drafts-none = Das Panel hat noch keine Empfehlung begonnen.
drafts-caption = Die Empfehlungen des Panels mit ihren Sprachen und ihrer Abstimmung
number-short = Nr.
drafts-languages = Sprachen
drafts-vote = Abstimmung
drafts-open-amendments = Offene Änderungsanträge: { $count }
drafts-handed-over-as = Übergeben als Empfehlung { $number }
drafts-new = Eine Empfehlung beginnen
drafts-create = Empfehlung beginnen
drafts-handover = Der Regierung übergeben
drafts-handover-waiting = Angenommene Empfehlungen, die auf die Übergabe warten: { $count }.
drafts-handover-on = Datum der Übergabe
drafts-handover-hint = Jede angenommene Empfehlung geht mit ihrem Wortlaut in jeder Sprache und ihrer Abstimmung in die Weiterverfolgung ein; die Überprüfungsrunden beginnen ab diesem Datum.
drafts-handover-submit = Die angenommenen Empfehlungen übergeben
draft-heading = Empfehlung { $number }
draft-history = Verlauf und Unterschiede
draft-text = Text
draft-language = Sprache
draft-edit = Text bearbeiten
draft-edit-hint = Jedes Speichern legt eine neue Version an; nichts geht verloren. Wählen Sie die Sprache, in der Sie schreiben: Eine Übersetzung wird auf dieselbe Weise gespeichert.
draft-note = Was wurde geändert (optional)
draft-save = Neue Version speichern
version-number = Version { $version }
part-title = Titel
part-text = Text
part-rationale = Begründung
part-theme = Thema
translations-title = Erforderliche Sprachen
translation-missing = fehlt
translation-current = aktuell (Version { $version }, von { $by })
translation-behind = veraltet: von { $by } auf Grundlage von Version { $version } verfasst, seither in Version { $since } geändert
someone = jemand
amendments-title = Änderungsanträge
amendments-none = Noch kein Änderungsantrag.
amendment-number = Änderungsantrag { $number }
amendment-proposed = wartet auf eine Entscheidung
amendment-accepted = angenommen
amendment-rejected = abgelehnt
amendment-what-replace = Ersetzen im Teil „{ $part }“ (Version { $version })
amendment-what-add = Ergänzen im Teil „{ $part }“ (Version { $version })
amendment-what-delete = Streichen im Teil „{ $part }“ (Version { $version })
amendment-by = eingereicht von { $name }
amendment-reason = Begründung
amendment-decided-by = Entschieden von { $name }
amendment-note = Anmerkung (bei Ablehnung erforderlich)
amendment-accept = Annehmen
amendment-reject = Ablehnen
amendment-propose = Einen Änderungsantrag stellen
amendment-propose-hint = Zitieren Sie die Wörter, die Sie ändern möchten, genau so, wie sie in der aktuellen Version stehen.
amendment-part = Teil
amendment-change = Änderung
change-replace = Die Textstelle ersetzen
change-add = Nach der Textstelle einfügen (am Ende, wenn sie leer ist)
change-delete = Die Textstelle streichen
amendment-passage = Textstelle
amendment-passage-hint = Kopieren Sie sie aus dem obigen Text; sie muss darin genau einmal vorkommen.
amendment-words = Neuer Wortlaut
amendment-submit = Änderungsantrag stellen
history-from = Von
history-to = Bis
history-compare = Vergleichen
history-diff = Unterschiede von Version { $from } zu Version { $to }
history-legend = Hinzugefügte Wörter sind unterstrichen, entfernte Wörter durchgestrichen.
history-unchanged = unverändert
history-versions = Alle Versionen
history-version = Version
history-author = Von
history-date = Datum
deliberation-stale-save = Jemand hat Version { $version } gespeichert, während Sie geschrieben haben. Der aktuelle Text wird oben angezeigt; Ihr Text bleibt im Formular unten erhalten: Vergleichen Sie und speichern Sie dann erneut.
deliberation-stale-amend = Die Empfehlung ist jetzt bei Version { $version }. Der aktuelle Text wird oben angezeigt; Ihr Änderungsantrag bleibt im Formular erhalten: Prüfen Sie die Textstelle und stellen Sie den Antrag dann erneut.

## Beratung: Abstimmungen
draft-vote = Abstimmung
vote-state-drafting = In Ausarbeitung: noch keine Regel festgelegt
vote-state-declared = Regel festgelegt: Die Abstimmung kann eröffnet werden
vote-state-opened = Abstimmung eröffnet
vote-rule-declared = Regel
vote-no-rule = Es wurde noch keine Regel festgelegt; ohne Regel kann die Abstimmung nicht eröffnet werden.
vote-session = Abgehalten in
vote-session-none = Keine bestimmte Sitzung
vote-ballots-so-far = Bisher abgegebene Stimmen: { $online } online, { $paper } auf Papier.
vote-result = Ergebnis
vote-present = Anwesende Mitglieder
vote-your-ballot = Ihre Stimme
ballot-yours = Sie haben gestimmt:
vote-change-hint = Solange die Abstimmung offen ist, können Sie Ihre Stimme ändern.
ballot-submit = Stimme abgeben
vote-paper = Einen Stimmzettel erfassen
vote-paper-serial = Nummer des Stimmzettels
vote-paper-choice = Auf dem Stimmzettel steht
vote-paper-hint = Wird eine Nummer erneut eingegeben, ersetzt das den Stimmzettel mit dieser Nummer.
vote-paper-submit = Stimmzettel erfassen
vote-declare = Regel festlegen
vote-declare-hint = Die Regel wird festgelegt, bevor die Abstimmung eröffnet wird, und kann danach nicht mehr geändert werden.
decision-rule = Entscheidungsregel
rule-kind-majority = Einfache Mehrheit
rule-kind-qualified = Qualifizierte Mehrheit
rule-kind-consent = Konsent (eine bestimmte Zahl von Einwänden zulässig)
vote-share = Erforderlicher Anteil in % (qualifizierte Mehrheit)
vote-base = Anteil bezogen auf
vote-base-cast = die abgegebenen Stimmen
vote-base-present = die in der Sitzung anwesenden Mitglieder
vote-abstentions = Enthaltungen
vote-abstentions-ignore = nicht mitzählen
vote-abstentions-count = als abgegebene Stimmen zählen
vote-objections = Zulässige Einwände (Konsent)
vote-declare-submit = Regel festlegen
vote-open-hint = Mit der Eröffnung steht der Text fest, über den abgestimmt wird: keine Bearbeitungen und keine Änderungsanträge mehr.
vote-open = Abstimmung eröffnen
vote-close = Abstimmung schließen und auszählen
choice-for = Dafür
choice-against = Dagegen
choice-abstain = Enthaltung
rule-majority = einfache Mehrheit
rule-abstentions-count = Enthaltungen zählen mit
rule-abstentions-ignored = Enthaltungen zählen nicht mit
rule-qualified-cast = mindestens { $share } % der abgegebenen Stimmen
rule-qualified-present = mindestens { $share } % der anwesenden Mitglieder
rule-consent = Konsent, höchstens { $objections } Einwände
outcome-passed = Angenommen: { $share } von { $base }
outcome-failed = Nicht angenommen: { $share } von { $base }
error-time = Geben Sie eine Uhrzeit im Format HH:MM ein, zum Beispiel 09:30.
error-text-one-language = Verfassen Sie den Text in mindestens einer Sprache.
error-amount = Geben Sie einen Betrag in Euro ein, zum Beispiel 25 oder 25,50.
error-rule-share = Geben Sie einen Prozentsatz über 50 und höchstens 100 ein, zum Beispiel 80 oder 66,7.
error-rule-session = Für einen Anteil der anwesenden Mitglieder ist die Sitzung nötig, deren Anwesenheit zählt.
error-amend-language = Die Empfehlung hat in dieser Sprache noch keinen Text.
error-amend-not-found = Diese Textstelle steht nicht im aktuellen Text: Kopieren Sie sie genau.
error-amend-ambiguous = Diese Textstelle kommt mehrmals vor: Zitieren Sie einige Wörter mehr.
error-amend-length = Der geänderte Teil wäre leer oder zu lang.
deliberation-stale = Die Empfehlung wurde inzwischen geändert.
deliberation-nothing-adopted = Keine angenommene Empfehlung wartet auf die Übergabe.
refused-deliberation-unknown = Eine solche Sitzung, Empfehlung oder einen solchen Änderungsantrag gibt es nicht.
refused-deliberation-stale = Die Empfehlung wurde inzwischen geändert.
refused-deliberation-does-not-apply = Der Änderungsantrag passt nicht mehr zum aktuellen Text.
refused-deliberation-already-decided = Über diesen Änderungsantrag wurde bereits entschieden.
refused-deliberation-vote-started = Die Abstimmung ist eröffnet: Text und Regel stehen fest.
refused-deliberation-no-rule = Eine Abstimmung kann erst eröffnet werden, wenn ihre Regel festgelegt ist.
refused-deliberation-translations-missing = Eine erforderliche Sprache fehlt oder ist nicht aktuell: Die Abstimmung kann noch nicht eröffnet werden.
refused-deliberation-no-attendance = Die Regel bezieht sich auf die anwesenden Mitglieder, aber für die Sitzung der Abstimmung ist keine Anwesenheit erfasst.
refused-deliberation-vote-state = Dieser Schritt ist für die Abstimmung nicht möglich: Sie geht von „Regel festgelegt“ zu „eröffnet“ und dann zu „geschlossen“.
refused-deliberation-vote-not-open = Die Abstimmung ist nicht eröffnet.
refused-deliberation-not-present = Nur Mitglieder, die in der Sitzung als anwesend erfasst sind, dürfen an dieser Abstimmung teilnehmen.
refused-deliberation-not-member = Nur Mitglieder des Panels dürfen dies tun.
refused-deliberation-more-ballots = Es gibt mehr Stimmen als Mitglieder, die als anwesend erfasst sind: Prüfen Sie die Anwesenheit und die Stimmzettel.
refused-deliberation-nothing-adopted = Keine angenommene Empfehlung wartet auf die Übergabe.
refused-deliberation-decide-choose = Wählen Sie, ob der Änderungsantrag angenommen oder abgelehnt wird.
refused-deliberation-reason-required = Geben Sie an, warum der Änderungsantrag abgelehnt wird.
refused-deliberation-choose = Wählen Sie „Dafür“, „Dagegen“ oder „Enthaltung“.
nav-report = Bürgerbericht
report-title = Bürgerbericht
report-published-on = Veröffentlicht am { $date }
report-pdf = PDF
report-process = Wie das Panel gearbeitet hat
report-drawn = Die { $size } Mitglieder wurden unter den Freiwilligen ausgelost, die auf die Einladungsschreiben geantwortet haben, mit Quoten, damit das Panel der Bevölkerung ähnelt.
report-draw-link = Die Auslosung ansehen und prüfen.
report-experts = Angehörte Sachverständige
report-named = Mitglieder, die namentlich genannt werden möchten
report-none = keine
report-recommendations = Die Empfehlungen
report-present = { $count } anwesend
report-minority = Minderheitsposition
report-a-member = ein Mitglied
report-not-adopted = Zur Abstimmung gestellt und nicht angenommen
report-theme = Thema
report-page = Seite
report-see = Den veröffentlichten Bericht lesen
report-publish = Den Bericht veröffentlichen
report-republish = Den Bericht erneut veröffentlichen (berichtigt)
report-publish-hint = Der Bericht übernimmt die { $count } angenommenen Empfehlungen in ihrer jetzigen Fassung, mit ihren Abstimmungen, den Sitzungen und den Mitgliedern, die namentlich genannt werden möchten.
report-nothing-yet = Der Bericht kann veröffentlicht werden, sobald eine Empfehlung angenommen ist.
named-title = Ihr Name im Bericht
named-label = Mich im Bericht unter den Mitgliedern des Panels nennen
named-hint = Ohne Häkchen wird Ihr Name nirgends veröffentlicht; Ihre Minderheitspositionen erscheinen dann als die „eines Mitglieds“.
minority-title = Minderheitspositionen
minority-yours = Ihre Minderheitsposition (freiwillig)
minority-hint = Eine kurze Erklärung, worin Sie nicht zustimmen; sie wird mit der Empfehlung im Bericht veröffentlicht.
minority-save = Meine Position speichern
minority-withdraw = Meine Position zurückziehen
tracker-in-report = Der angenommene Text und seine Abstimmung im Bürgerbericht
draft-translation = Diese Fassung übersetzt oder formuliert nur um (die anderen Sprachen müssen nicht folgen)
draft-translation-hint = Lassen Sie das Kästchen leer, wenn Sie ändern, was die Empfehlung sagt: Die anderen erforderlichen Sprachen gelten dann als veraltet, bis jemand sie aktualisiert.
draft-editing-in = Sie bearbeiten den Text auf { $lang }.
draft-edit-other = Eine andere Sprache bearbeiten:
