# Kleroterion : messages en français. Chaque clé présente ici doit aussi exister dans en, nl et de (un test le vérifie).

skip-to-content = Aller au contenu
nav-label = Menu principal
nav-assemblies = Assemblées
nav-account = Mon compte
nav-new-assembly = Nouvelle assemblée
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
lang-switcher-label = Langue
footer-text = Kleroterion : assemblées citoyennes tirées au sort. Logiciel open source.
back-home = Retour à la liste des assemblées

home-title = Assemblées citoyennes
home-lead = Des citoyennes et des citoyens tirés au sort délibèrent et formulent des recommandations ; ici, vous pouvez suivre chaque assemblée.
home-empty = Il n'y a pas encore d'assemblée.

kind-one_off = Assemblée ponctuelle
kind-permanent = Assemblée permanente

stage-recruitment = Recrutement
stage-selection = Sélection
stage-deliberation = Délibération
stage-recommendations = Recommandations
stage-follow_up = Suivi
stage-closed = Clôturé
stage-position = étape { $position } sur 6

role-organiser = Organisateur
role-staff = Membre du personnel
role-facilitator = Facilitateur
role-expert = Expert
role-panel_member = Membre du panel
role-commission = Membre de la commission de suivi
role-government = Représentant du gouvernement

panels-title = Panels
panels-caption = Panels de cette assemblée
panels-none = Aucun panel pour l'instant.
panel-number = N°
panel-dates = Dates
panel-new-title = Nouveau panel
panel-edit-title = Modifier le panel { $number }

members-area = Espace membres
members-your-roles = Vos rôles ici :
manage-assembly = Gérer cette assemblée
public-page = Page publique
organiser-nav-label = Organisateur
participants-title = Participants
participants-caption = Personnes ayant un rôle dans cette assemblée

field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Choisissez un mot de passe
field-password-confirm = Répétez le mot de passe
field-display-name = Nom
field-slug = Nom court dans l'adresse
field-kind = Type d'assemblée
field-title = Titre
field-description = Description
field-theme = Thème
field-size = Taille du panel
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-stage = Étape
field-role = Rôle
field-roles = Rôles
hint-slug = De 3 à 60 lettres minuscules, chiffres et traits d'union, par ex. bruxelles-climat. Ce nom court apparaît dans l'adresse de la page.
hint-display-name = Visible par les autres personnes de l'assemblée.
hint-password = Au moins 10 caractères. Une phrase dont vous vous souviendrez fait très bien l'affaire.
save = Enregistrer
form-has-errors = Veuillez corriger les points suivants :

error-required = Ce champ est obligatoire.
error-choose-one = Choisissez l'une des options.
error-title-one-language = Saisissez le texte dans au moins une langue.
error-too-long = Ce texte est trop long.
error-slug-length = Le nom court doit compter de 3 à 60 caractères.
error-slug-characters = Utilisez uniquement des lettres minuscules a-z, des chiffres et des traits d'union ; un trait d'union ne peut pas se trouver au début ni à la fin.
error-slug-taken = Une autre assemblée utilise déjà ce nom court.
error-panel-size = Saisissez un nombre entier de 1 à 10000.
error-date = Saisissez une date au format AAAA-MM-JJ, par ex. 2027-03-01.
error-ends-before-start = Le dernier jour ne peut pas précéder le premier jour.
error-email = Saisissez une adresse e-mail, par exemple nom@example.org.
error-display-name = Saisissez un nom de 1 à 100 caractères.
error-password-length = Le mot de passe doit compter au moins 10 caractères.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.

login-title = Connexion
login-submit = Se connecter
login-wrong = L'adresse e-mail ou le mot de passe n'est pas correct. Veuillez réessayer.
login-throttled = Trop de tentatives. Pour votre sécurité, réessayez dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.
login-expired = Votre session a expiré. Veuillez vous reconnecter ; vous reviendrez ensuite à la page où vous étiez.
login-no-account = Les comptes sont créés sur invitation. Si vous participez à une assemblée, ses organisateurs vous enverront un lien.

account-title = Mon compte
account-roles = Mes assemblées
account-no-roles = Vous n'avez encore de rôle dans aucune assemblée.
account-platform = Plateforme
account-admin = Administrateur : vous pouvez créer des assemblées.

invitation-title = Invitation
invitation-offer = Vous recevez une invitation à participer à l'assemblée suivante : { $assembly }. Votre rôle : { $role }.
invitation-offer-admin = Vous recevez une invitation à administrer cette plateforme Kleroterion.
invitation-new-account = Choisissez un nom et un mot de passe pour créer votre compte associé à { $email }.
invitation-sign-in-first = Un compte existe déjà pour { $email }. Connectez-vous avec ce compte pour accepter l'invitation.
invitation-accept = Accepter l'invitation
invitation-create-account = Créer mon compte
invitation-used = Cette invitation a déjà été acceptée. Connectez-vous avec votre compte.
invitation-expired = Cette invitation a expiré. Demandez-en une nouvelle aux organisateurs.
invitation-unknown = Ce lien d'invitation n'est pas valide. Vérifiez que vous l'avez copié en entier.

assembly-new-title = Nouvelle assemblée

access-title = Personnes et rôles
access-invite = Inviter une personne
access-invite-submit = Créer un lien d'invitation
access-link-created = Invitation créée pour { $email }. Envoyez-lui ce lien : il ne peut être utilisé qu'une seule fois, reste valable 14 jours et ne pourra plus être affiché.
access-link-label = Lien d'invitation
access-revoke = Retirer le rôle { $role } à { $name }

audit-title = Journal des modifications
audit-lead = Toutes les modifications apportées à cette assemblée, les plus récentes d'abord (les 500 dernières). Les entrées ne sont jamais modifiées ni supprimées.
audit-caption = Modifications, les plus récentes en premier
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-subject = Objet
audit-before = Avant
audit-after = Après
audit-system = La plateforme

error-not-found-title = Page introuvable
error-not-found-text = Il n'y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est incomplet.
error-forbidden-title = Action non autorisée
error-forbidden-text = Votre compte n'a pas de rôle qui permet cette action. Si vous pensez que ce devrait être le cas, adressez-vous aux organisateurs de l'assemblée.
error-csrf-title = Ce formulaire a expiré
error-csrf-text = Pour votre sécurité, le formulaire n'a pas pu être accepté : il était trop ancien ou ne provenait pas de ce site. Revenez en arrière, rechargez la page et envoyez à nouveau le formulaire.
error-bad-request-title = La demande n'a pas pu être lue
error-bad-request-text = Les données envoyées n'ont pas pu être comprises. Rechargez la page et réessayez.
error-unavailable-title = Temporairement indisponible
error-unavailable-text = La plateforme ne parvient pas à joindre sa base de données pour le moment. Veuillez réessayer dans quelques minutes.
error-internal-title = Une erreur s'est produite
error-internal-text = La plateforme n'a pas pu traiter cette demande. Rien n'a été modifié. Veuillez réessayer ; si le problème se reproduit, prévenez les organisateurs.

## Follow-up of recommendations
error-whole-number = Saisissez un nombre entier compris dans la plage autorisée.
error-vote-incomplete = Un vote nécessite le nombre de voix pour, le nombre de voix contre et la règle de majorité.
error-justification = Toute position autre que « acceptée » doit être accompagnée d'une justification détaillée d'au moins 100 caractères, dans au moins une langue.
error-referred-to = Indiquez l'autorité à laquelle la recommandation est renvoyée.
error-progress = Saisissez un nombre entier de 0 à 100.
error-milestones = Écrivez un jalon par ligne, au format YYYY-MM-DD suivi de ce qui se passe.
error-date-past = La date ne peut pas se situer dans le passé.
error-date-future = La date ne peut pas se situer dans le futur.
error-refused-title = Cette modification n'est pas possible
refused-number-taken = Une recommandation portant ce numéro existe déjà.
refused-handed-over = Les recommandations ont déjà été remises au gouvernement ; elles ne peuvent plus être modifiées.
refused-not-handed-over = Les recommandations n'ont pas encore été remises.
refused-no-recommendations = Il n'y a pas encore de recommandations à remettre.
refused-round-published = Ce bilan a été publié : ses réponses sont définitives. Un bilan ultérieur peut les remplacer.
refused-not-published = Seules les réponses publiées peuvent être évaluées.
refused-not-empty = Une importation n'est possible que dans un panel sans recommandations.
refused-unknown = Cette recommandation, ce bilan ou cette question n'existe pas.
refused-already-replied = Cette question a déjà reçu une réponse.
refused-reply-empty = Rédigez une réponse avant de l'envoyer.
position-accepted = Acceptée
position-partially_accepted = Partiellement acceptée
position-rejected = Rejetée
position-under_study = À l'étude
position-outside_powers = Hors des compétences du gouvernement
verdict-satisfied = Satisfait
verdict-partly = Partiellement satisfait
verdict-not_satisfied = Non satisfait
status-unanswered = Pas encore de réponse
status-overdue = En retard
overdue-days = En retard de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
due-in-days = { $days ->
        [0] Échéance aujourd'hui
        [one] Échéance demain
       *[other] Échéance dans { $days } jours
    }
draft = Brouillon
draft-explained = Non public tant que le gouvernement n'a pas publié le bilan.
tracker-title = Suivi du panel { $number }
tracker-heading = Suivi des recommandations :
tracker-not-handed-over = Les recommandations n'ont pas encore été remises au gouvernement.
tracker-handed-over = Remises au gouvernement le { $date }.
tracker-summary = État des lieux
tracker-total = Recommandations
tracker-average-progress = Avancement moyen
tracker-chart-caption = La dernière position publiée du gouvernement sur chaque recommandation
tracker-position = Position
tracker-count = Recommandations
tracker-share = Part
tracker-recommendations = Recommandations
tracker-showing = Recommandations affichées : { $shown } sur { $total }.
tracker-status = Statut
tracker-verdict = Avis de la commission
export-csv = Données ouvertes (CSV)
export-json = Données ouvertes (JSON)
export-atom = Fil d'actualité (Atom)
filter-all = Tous
filter-status = Statut
filter-apply = Filtrer
rounds-heading = Bilans de suivi
round-months = Bilan à { $months } mois
round-due-label = Bilan attendu le { $date }
round-due-on = échéance le { $date }
round-published-on = Publié le { $date }
round-history = Modifications de ce bilan
round-created-due = créé, échéance le { $date }
round-moved = déplacé du { $from } au { $to }
round-publish = Publier
round-move = Modifier l'échéance
round-new-due = Nouvelle échéance
round-add = Ajouter un bilan
answers-heading = Les réponses du gouvernement
answer-missing = Pas de réponse
answer-edit = Répondre
answer-save = Enregistrer le projet de réponse
commission-verdict = L'avis de la commission de suivi
verdict-none = Pas encore d'avis.
verdict-satisfied-count = satisfaits : { $count }
verdict-partly-count = partiellement : { $count }
verdict-not-count = non satisfaits : { $count }
verdict-give = Votre avis sur cette réponse
verdict-save = Enregistrer mon avis
referred-to = renvoyée à { $to }
vote-adopted = Adoptée :
vote-for = { $count } pour
vote-against = { $count } contre
vote-abstain = { $count } abstentions
vote-rule = majorité requise : { $rule }
vote-legend = Le vote qui l'a adoptée
field-vote-for = Voix pour
field-vote-against = Voix contre
field-vote-abstain = Abstentions
field-vote-rule = Règle de majorité (par exemple 80 %)
field-number = Numéro
field-text = Texte intégral
field-position = Position
field-justification = Justification
field-measures = Mesures prévues
field-department = Service responsable
field-budget = Budget
field-deadline = Échéance des mesures
field-progress = Avancement (%)
field-milestones = Jalons
field-referred-to = Renvoyée à (si hors des compétences du gouvernement)
field-comment = Commentaire (public, sans votre nom)
field-question = Votre question
field-due-on = Échéance
field-reason = Motif (affiché publiquement)
field-handed-over-on = Date de la remise
justification-hint = Toute position autre que « acceptée » doit être accompagnée d'une justification détaillée d'au moins 100 caractères.
milestones-hint = Un par ligne : YYYY-MM-DD suivi de ce qui se passe.
questions-heading = Questions de suivi de la commission
questions-none = Aucune question pour l'instant.
question-number = Question { $number }
question-asked-on = posée le { $date }
question-replied-on = La réponse du gouvernement, le { $date } :
question-reply = Répondre
question-send-reply = Envoyer la réponse
question-ask = Poser une question de suivi au gouvernement
question-send = Envoyer la question
timeline-heading = Chronologie
followup-manage = Recommandations et suivi
followup-count = { $count ->
        [one] { $count } recommandation.
       *[other] { $count } recommandations.
    }
followup-see-tracker = Voir la page publique de suivi.
recommendation-add = Ajouter une recommandation
import-heading = Importer des recommandations
import-lead = Un fichier CSV ou un tableur avec les colonnes number, title_nl, title_fr, title_en, title_de, text_nl, ..., theme_nl, ..., vote_for, vote_against, vote_abstain, vote_rule ; ou un suivi exporté de Kleroterion en CSV ou en JSON. Toutes les lignes sont importées, ou aucune.
import-problems = Rien n'a été importé. Veuillez corriger les problèmes suivants :
import-file = Fichier
import-submit = Importer
import-no-file = Choisissez un fichier à importer.
handover-heading = Remise au gouvernement
handover-lead = La remise lance le compte à rebours : des bilans sont créés, avec une échéance 3 et 12 mois plus tard. Les recommandations ne peuvent plus être modifiées ensuite.
handover-submit = Enregistrer la remise
outbox-title = Boîte d'envoi
outbox-smtp = Les messages sont envoyés par le serveur de messagerie configuré.
outbox-no-smtp = Aucun serveur de messagerie n'est configuré : les messages attendent ici. Copiez-les à la main ou configurez-en un (smtp_url).
outbox-empty = Aucun message.
outbox-to = à { $to }
outbox-sent = envoyé
outbox-waiting = en attente
event-recommendations_added = { $detail ->
        [one] { $detail } recommandation ajoutée
       *[other] { $detail } recommandations ajoutées
    }
event-handover = Recommandations remises au gouvernement le { $detail }
event-round_added = Bilan { $round } ajouté, échéance le { $detail }
event-round_moved = Bilan { $round } déplacé au { $detail }
event-round_published = Le gouvernement a publié le bilan { $round } ({ $detail } réponses)
event-verdict_given = Un membre de la commission a évalué la réponse à la recommandation { $rec } : { $verdict }
event-question_asked = La commission a posé la question { $detail } sur la recommandation { $rec }
event-question_answered = Le gouvernement a répondu à la question { $detail } sur la recommandation { $rec }
panel-tracker = Suivi
mail-round-upcoming-subject = Le bilan { $round } du panel { $panel } est attendu le { $date }
mail-round-upcoming-body = Les réponses du gouvernement pour le bilan { $round } du panel { $panel } sont attendues le { $date } (encore { $days } jours). Répondez à chaque recommandation et publiez le bilan : { $link }
mail-round-overdue-subject = Le bilan { $round } du panel { $panel } est en retard
mail-round-overdue-body = Le bilan { $round } du panel { $panel } était attendu le { $date } et n'a pas été publié ({ $days } jours de retard). Le suivi public l'indique : { $link }
mail-question-upcoming-subject = La question { $question } de la commission de suivi est attendue le { $date }
mail-question-upcoming-body = La question { $question } de la commission de suivi sur la recommandation { $rec } (panel { $panel }) attend la réponse du gouvernement pour le { $date } (encore { $days } jours) : { $link }
mail-question-overdue-subject = La question { $question } de la commission de suivi est en retard
mail-question-overdue-body = La question { $question } de la commission de suivi sur la recommandation { $rec } (panel { $panel }) était attendue le { $date } et n'a pas de réponse ({ $days } jours de retard) : { $link }

# La journée du sommet : participants, enregistrement des arrivées, votes en plénière
summit-hub = Journée du sommet
summit-nav-label = Sommet
summit-participants = Participants
summit-no-participants = Pas encore de participants : importez la liste des personnes attendues le jour même.
summit-attendance-caption = Qui est attendu, qui est venu, qui n'est pas venu
summit-group = Groupe
summit-expected = Attendus
summit-all-groups = Tous les groupes
summit-import = Importer la liste des participants
summit-import-lead = Un fichier CSV ou un tableur avec les colonnes id, name et languages (par exemple nl;fr), et éventuellement group (drawn, employer, civil_servant, politician, free_thinker, other ; drawn si la case est vide) et needs. Toutes les autres colonnes (genre, âge, zone...) sont conservées pour le placement à table. Tout le fichier est importé, ou rien.
summit-import-submit = Importer les participants
summit-imported = { $count ->
    [one] { $count } participant importé.
   *[other] { $count } participants importés.
}
summit-import-key-taken = l'id { $key } figure déjà dans la liste des participants de ce panel
summit-name-erased = (nom effacé)
group-drawn = Citoyens tirés au sort
group-employer = Employeurs
group-civil-servant = Fonctionnaires
group-politician = Responsables politiques
group-free-thinker = Libres penseurs
group-other = Autres
attendance-expected = Attendu
attendance-present = Présent
attendance-absent = Absent
checkin-title = Enregistrement des arrivées
checkin-present = Présents : { $present } sur { $total }
checkin-search = Nom ou id
checkin-search-submit = Rechercher
checkin-type = Tapez un nom ou un id pour trouver la personne.
checkin-none = Personne ne correspond à « { $query } ».
checkin-needs = Besoins
checkin-arrive = Enregistrer l'arrivée
checkin-absent = Absent
checkin-undo = Annuler
checkin-new-code = Nouveau code de vote
checkin-erase = Effacer le nom
checkin-code-title = Code de vote
checkin-code-for = Code de vote de { $name } :
checkin-code-once = Donnez ce code à la personne maintenant : il n'est affiché qu'une seule fois. S'il est perdu, donnez-en un nouveau ; l'ancien cesse alors de fonctionner.
checkin-code-where = La personne vote sur son téléphone à l'adresse { $url }
checkin-next = Personne suivante
votes-heading = Votes en plénière
votes-none = Pas encore de vote.
vote-new = Nouveau vote
vote-question = Question
vote-options = Options
vote-options-hint = Une option par ligne, de 2 à 50.
vote-kind = Mode de scrutin
vote-kind-choose-one = Choisir une option
vote-kind-choose-up-to = Choisir jusqu'à k options
vote-kind-rank = Classer les options
vote-kind-points = Répartir des points
vote-kind-agreement = Échelle d'accord
vote-kind-choose-up-to-k = Choisir jusqu'à { $k } options
vote-kind-points-budget = Répartir { $budget } points
vote-k = k (pour « choisir jusqu'à k options »)
vote-budget = Points à répartir (pour « répartir des points »)
vote-eligibility = Qui peut voter
vote-eligibility-drawn-only = Uniquement les citoyens tirés au sort
vote-eligibility-everyone = Toutes les personnes présentes
vote-create = Créer le vote
vote-number = Vote { $number }
vote-state-draft = Brouillon
vote-state-open = Ouvert
vote-state-closed = Clôturé
vote-make-open = Ouvrir le vote
vote-make-closed = Clôturer le vote
vote-turnout = Votants : { $cast } sur { $eligible }
vote-results = Résultats
vote-results-summary = Bulletins dépouillés : { $counted }, abstentions : { $abstentions }.
vote-place = Rang
vote-option = Option
vote-figure = Résultat
vote-detail = Détail
vote-tied = ex aequo
vote-figure-votes = { $n ->
    [one] { $n } voix
   *[other] { $n } voix
}
vote-figure-borda = { $n } points Borda
vote-figure-first = { $n ->
    [one] classée première { $n } fois
   *[other] classée première { $n } fois
}
vote-figure-points = { $n ->
    [one] { $n } point
   *[other] { $n } points
}
vote-figure-mean = moyenne { $mean } sur 5
vote-figure-levels = réponses par niveau { $levels } ({ $answers } réponses)
vote-not-open-yet = Ce vote n'est pas encore ouvert.
projector-link = Projection
projector-how = Votez sur votre téléphone avec le code reçu à l'entrée.
vote-page-link = Page de vote pour les participants
results-title = Résultats des votes
results-none = Aucun vote n'est encore clôturé.
results-json = Détail complet (JSON)
paper-heading = Saisir un bulletin papier
paper-counts = Bulletins par téléphone : { $phone }, sur papier : { $paper }.
paper-serial = Numéro du bulletin papier
paper-serial-hint = Saisir à nouveau un numéro remplace le bulletin portant ce numéro.
paper-submit = Saisir le bulletin
paper-abstain = Saisir une abstention
paper-saved = Bulletin papier { $serial } saisi.
error-paper-serial = Indiquez le numéro imprimé sur le bulletin papier (1 ou plus).
vote-title = Voter
vote-code = Votre code de vote
vote-code-hint = Le code de 10 lettres et chiffres reçu à l'entrée, par exemple ABCDE-FGHJK.
vote-code-submit = Continuer
vote-code-unknown = Ce code n'est pas reconnu. Vérifiez-le ou renseignez-vous à l'entrée.
vote-code-needed = Saisissez d'abord votre code de vote.
vote-code-throttled = Trop de codes erronés depuis cette connexion. Attendez dix minutes ou renseignez-vous à l'entrée.
vote-none-open = Aucun vote n'est ouvert pour le moment. Cette page affichera le prochain vote dès son ouverture.
vote-refresh = Actualiser
vote-cast = Votre bulletin pour le vote { $number } est enregistré. Vous pouvez le modifier jusqu'à la clôture du vote.
vote-you-voted = Vous avez voté ; vous pouvez modifier votre bulletin jusqu'à la clôture du vote.
vote-not-eligible = Seuls les citoyens tirés au sort votent sur cette question.
vote-submit = Voter
vote-change = Modifier mon bulletin
ballot-abstain = Je m'abstiens
vote-closed-heading = Votes clôturés
vote-leave = Ce n'est pas votre téléphone ? Retirez-en le code
ballot-help-one = Choisissez une option.
ballot-help-several = Choisissez jusqu'à { $k } options.
ballot-help-rank = Numérotez les options selon votre ordre de préférence : 1 pour la première ; vous pouvez laisser les dernières vides.
ballot-help-points = Répartissez jusqu'à { $budget } points entre les options.
ballot-help-agreement = Indiquez dans quelle mesure vous êtes d'accord avec chaque affirmation ; vous pouvez en laisser certaines vides.
ballot-level-1 = Pas du tout d'accord
ballot-level-2 = Pas d'accord
ballot-level-3 = Ni d'accord ni pas d'accord
ballot-level-4 = D'accord
ballot-level-5 = Tout à fait d'accord
error-vote-options-count = Indiquez entre 2 et 50 options, une par ligne.
error-vote-option-duplicate = Deux options sont identiques.
error-vote-k = Saisissez un nombre entier compris entre 1 et le nombre d'options.
error-vote-budget = Saisissez un nombre entier de points compris entre 1 et 1000.
error-vote-empty = Rien n'a été complété : faites un choix ou appuyez sur « Je m'abstiens ».
error-vote-choice = Un choix ne correspond à aucune des options.
error-vote-too-many = Trop d'options choisies.
error-vote-rank = Un rang doit être un nombre entier compris entre 1 et le nombre d'options.
error-vote-rank-duplicate = Deux options ont le même rang.
error-vote-rank-gap = Les rangs doivent se suivre à partir de 1, sans trou.
error-vote-points = Les points doivent être des nombres entiers, 0 ou plus.
error-vote-over-budget = Plus de points ont été attribués qu'il n'y en a à répartir.
error-vote-level = Choisissez un niveau de 1 à 5.
refused-summit-duplicate-key = Cet id figure déjà dans la liste des participants.
refused-summit-participant-unknown = Ce participant ne figure pas dans la liste.
refused-summit-already-checked-in = L'arrivée de cette personne est déjà enregistrée ; donnez-lui plutôt un nouveau code de vote.
refused-summit-not-checked-in = L'arrivée de cette personne n'est pas enregistrée.
refused-summit-code-taken = Ce code de vote est déjà pris ; réessayez.
refused-summit-code-unknown = Ce code de vote n'est pas reconnu.
refused-summit-not-eligible = Votre groupe ne vote pas sur cette question.
refused-summit-vote-unknown = Ce vote n'existe pas.
refused-summit-vote-not-open = Ce vote n'est pas ouvert.
refused-summit-vote-not-editable = Ce vote a été ouvert ; sa question et ses options sont figées.
refused-summit-vote-state = Un vote passe de brouillon à ouvert puis à clôturé, sans retour en arrière.
refused-summit-ballot-invalid = Ce bulletin ne correspond pas au vote.

# Répartition aux tables
seating-title = Répartition aux tables
seating-present = { $count ->
    [one] { $count } personne est présente.
   *[other] { $count } personnes sont présentes.
}
seating-problems = Les personnes présentes n'ont pas pu être réparties
seating-table-size = Personnes par table
seating-rounds = Tours
error-seating-number = Indiquez un nombre entier dans les limites permises.
seating-balance = Chaque table reflète la salle selon
seating-bilingual = Tables bilingues avec interprète
seating-bilingual-hint = Paires de langues qui peuvent partager une table, par exemple fr+nl. Laissez vide pour des tables d'une seule langue.
seating-seed = Texte de départ (graine)
seating-seed-hint = N'importe quel texte ; les mêmes personnes, réglages et texte donnent la même répartition.
seating-mode = Retardataires
seating-mode-keep = Chacun garde sa place ; les personnes arrivées depuis sont ajoutées
seating-mode-fresh = Répartir tout le monde à nouveau
seating-run = Répartir les personnes présentes
seating-too-few = Enregistrez d'abord l'arrivée d'au moins deux personnes.
seating-infeasible = Les règles de langue ne peuvent pas être respectées :
seating-reason-stranded = { $people ->
        [one] Une personne ne peut
       *[other] { $people } personnes ne peuvent
    } s'asseoir qu'à une table en { $languages }, langue que seules { $speakers } personnes présentes parlent : trop peu pour une table d'au moins { $min }. Autorisez une table bilingue avec interprète (par exemple fr+nl).
seating-reason-too-many-tables = { $tables } tables d'au moins { $min } personnes demandent plus de monde que les { $present } personnes présentes.
seating-reason-too-few-facilitators = { $facilitators } animateurs pour { $tables } tables : chaque table en demande un. Ajoutez des animateurs sous « Animateurs et interprètes ».
seating-reason-facilitator-language = { $tables } tables en { $language }, mais seuls { $speakers } animateurs parlent cette langue.
seating-reason-fixed-tables = Les tables dont la langue est fixée (par des places épinglées ou conservées) ne peuvent pas toutes recevoir une langue que leurs participants parlent.
seating-reason-no-split = Aucune répartition des { $tables } tables entre les langues ne place chacun à une table d'au moins { $min } dans une langue qu'il parle.
seating-reason-unseated = Au tour { $round }, { $people } personnes ne peuvent s'asseoir à aucune table dans une langue qu'elles parlent.
seating-reason-kept-above-seated = Plus de personnes gardent une place à ces tables qu'il n'y en a de placées dans leur langue.
seating-reason-small-table = Au tour { $round }, la table { $table } ({ $language }) ne peut accueillir que { $people } personnes parlant sa langue, moins que { $min }, vu les places épinglées ou conservées.
seating-pins = Places fixées
seating-pins-lead = Une personne qui a besoin d'une table précise (accessible, près de la porte…) y est assise à chaque tour.
seating-pin-key = Identifiant du participant
seating-pin-table = Table
seating-pin-table-hint = Laissez vide pour retirer la place fixée.
seating-pin-submit = Fixer
seating-pin-unknown = Aucun participant n'a cet identifiant.
seating-result = La répartition
seating-figure-people = { $tables ->
    [one] { $people } personnes à { $tables } table.
   *[other] { $people } personnes à { $tables } tables.
}
seating-figure-sizes = Tables de { $smallest } à { $largest } personnes.
seating-figure-repeats = { $pairs ->
    [0] Personne ne se retrouve deux fois avec la même personne.
    [one] { $pairs } paire se retrouve une deuxième fois.
   *[other] { $pairs } paires se retrouvent une deuxième fois.
}
seating-figure-added = Retardataires ajoutés : { $added }.
seating-figure-balance = { $column } : chaque table est à moins de { $deviation } personnes de sa part de la salle
seating-figure-outside = Tables qui s'en écartent de plus d'une personne : { $tables }
seating-list = Liste des tables
seating-print-round = imprimer ce tour
seating-cards = Cartes de table
seating-none = Pas encore de répartition.
seating-round = Tour { $number }
seating-table = Table { $number }
seating-qr-alt = Code QR de la page de vote, { $url }
seating-card-vote = Votez sur votre téléphone avec le code reçu à l'entrée :
## Summit programme, table proposals, shortlist
programme-title = Programme
programme-none = Le programme ne compte encore aucun tour.
programme-add = Ajouter un tour
programme-add-submit = Ajouter le tour
programme-save = Enregistrer le tour
round-number = Tour { $number }
round-label = Tour { $number } : { $theme }
round-theme = Thème
round-duration = Durée (minutes)
round-question = Question posée aux tables
round-minutes = { $minutes } minutes
tables-title = Propositions des tables
tables-no-rounds = Les organisateurs n'ont pas encore ajouté de tour.
tables-round = Tour
tables-table = Numéro de table
tables-choose = Choisir
tables-entry-heading = Table { $table }, tour { $number }
tables-proposal = Proposition
tables-add = Ajouter la proposition
tables-added = La proposition a été ajoutée.
tables-waiting = En attente d'envoi
tables-all-sent = Tout a été envoyé.
tables-list-heading = Les propositions de cette table pour ce tour
proposals-title = Propositions et liste restreinte
proposals-count = Propositions ({ $count })
proposals-none = Pas encore de propositions.
proposals-table = Table { $table }
shortlist-merge = Regrouper les propositions cochées
shortlist-into = Dans
shortlist-new-item = Un nouveau point de la liste restreinte
shortlist-title = Titre du nouveau point
shortlist-submit = Ajouter à la liste restreinte
shortlist-heading = Liste restreinte
shortlist-none = La liste restreinte est vide.
shortlist-tables = Proposé par les tables { $tables }
shortlist-remove = Retirer
shortlist-vote-question = Question d'un vote sur la liste restreinte
shortlist-to-vote = Préparer un vote avec la liste restreinte comme options
error-round-minutes = Indiquez une durée de 1 à 600 minutes.
error-control-characters = Ce texte contient des caractères qui ne peuvent pas être enregistrés.
error-client-id = Ce formulaire n'est plus à jour : rechargez la page et réessayez.
error-table-number = Choisissez un tour et un numéro de table de 1 à 1000.
error-shortlist-none-ticked = Cochez au moins une proposition.
refused-summit-round-unknown = Ce tour n'existe pas.
refused-summit-proposal-unknown = Cette proposition n'existe pas.
refused-summit-shortlist-unknown = Ce point de la liste restreinte n'existe pas.

## Summit staffing: facilitators, translators and the groups' quotas
error-translator-languages = Un interprète a besoin d'au moins deux langues, par exemple fr; nl.
error-quota-number = Saisissez un nombre entier de 0 à 100000, ou laissez vide.
error-quota-order = Le minimum dépasse le maximum.
error-staff-account = Choisissez un compte qui a le rôle d'animateur dans cette assemblée.
refused-summit-staff-unknown = Cet animateur ou interprète n'existe pas.
refused-summit-over-quota = Un groupe aurait plus de personnes que son quota ne le permet.
summit-over-quota = { $group } aurait { $count } personnes sur la liste, au-delà de son maximum de { $max }.
seating-figure-untranslated = { $tables ->
    [one] Une table bilingue n'a pas d'interprète : ajoutez un interprète qui parle les deux langues et replacez.
   *[other] { $tables } tables bilingues n'ont pas d'interprète : ajoutez des interprètes qui parlent les deux langues et replacez.
}
seating-facilitator = Animateur : { $name }
seating-translator = Interprète : { $name }
staff-heading = Animateurs et interprètes
staff-lead = Chaque table reçoit un animateur qui parle sa langue et y reste à chaque tour ; chaque table bilingue reçoit un interprète qui parle ses deux langues. Dès que des animateurs sont inscrits, il en faut un par table.
staff-none = Pas encore d'animateurs ni d'interprètes : les tables sont placées sans eux.
staff-caption = Animateurs et interprètes, avec la table que le placement leur a donnée
staff-name = Nom
staff-role = Rôle
staff-languages = Langues
staff-languages-hint = Codes de langue séparés par ; par exemple nl; fr
staff-table = Table
staff-actions = Actions
staff-linked = se connecte
staff-remove = Retirer { $name }
staff-add = Ajouter un animateur ou un interprète
staff-add-submit = Ajouter
staff-account = Son compte
staff-account-hint = Un animateur lié à son compte trouve sa table déjà choisie sur la page des propositions.
staff-account-none = Aucun compte
staff-role-facilitator = Animateur
staff-role-translator = Interprète
summit-quota = Quota
summit-quota-short = sous son minimum
summit-quotas = Quotas des groupes
summit-quotas-lead = Lors d'un sommet de tout le système, chaque groupe a ses propres places. Une liste qui ferait dépasser son maximum à un groupe est refusée ; un groupe dont les présents sont moins nombreux que son minimum est signalé.
summit-quotas-caption = Nombre minimum et maximum de personnes par groupe (vide : aucun)
summit-quota-min = Minimum
summit-quota-max = Maximum
summit-quotas-save = Enregistrer les quotas
tables-signin = Votre session a pris fin. Les propositions en attente restent sur ce téléphone ; elles seront envoyées dès que vous vous serez reconnecté.
tables-signin-link = Se reconnecter
# Selection of a panel among volunteers, and its public draw page.
refused-selection-refused-frozen = Le vivier est gelé : les quotas et le vivier ne peuvent plus changer.
refused-selection-refused-no-pool = Il n'y a pas encore de vivier : téléversez d'abord les quotas et le vivier.
refused-selection-refused-not-frozen = Le tirage demande un vivier gelé, et le panel ne doit pas déjà être tiré.
refused-selection-refused-commitment = Le tirage ne correspond pas à l'engagement publié.
refused-selection-refused-not-drawn = Le panel n'est pas encore tiré.
refused-selection-refused-not-member = Cette personne n'est pas membre du panel.
refused-selection-refused-not-withdrawn = Un remplacement ne peut remplacer que des membres qui se sont retirés.
selection-title = Sélection du panel
selection-state-none = Pas encore de vivier
selection-state-open = Vivier ouvert
selection-state-frozen = Vivier gelé
selection-state-drawn = Panel tiré
draw-public-link = Page publique du tirage
selection-pool = Vivier et quotas
selection-no-pool = Aucun quota ni vivier n'a encore été téléversé.
selection-pool-count = { $count } volontaires dans le vivier.
selection-contacts-count = Coordonnées conservées pour { $count }.
selection-composition-caption = Composition par rapport aux quotas
selection-feature = Critère
selection-value = Valeur
selection-quota = Quota (sièges)
selection-in-pool = Dans le vivier
selection-on-panel = Dans le panel
selection-outside-quota = hors quota
selection-feasible = Le moteur a trouvé un panel qui respecte tous les quotas : les quotas sont réalisables avec ce vivier.
selection-infeasible = Aucun panel ne respecte tous les quotas avec ce vivier. Le diagnostic du moteur :
selection-upload = Téléverser les quotas et le vivier
selection-upload-lead = Un nouveau téléversement remplace le précédent, jusqu'au gel du vivier. Un fichier avec des problèmes ne change rien.
selection-panel-size = Taille du panel (sièges)
selection-features-file = Quotas (features.csv : feature, value, min, max)
selection-people-file = Vivier de volontaires (CSV ou tableur)
selection-people-hint = Une colonne id, une colonne par critère ; les colonnes facultatives name, email et address sont conservées à part et n'entrent jamais dans le tirage.
selection-household-column = Colonne du ménage (facultatif)
selection-address-columns = Colonnes d'adresse (facultatif)
selection-address-hint = Séparées par des virgules : les personnes à la même adresse forment un ménage, et au plus une par ménage est tirée.
selection-upload-submit = Téléverser et vérifier
selection-freeze-heading = Gel et engagement
selection-freeze-lead = Le gel fixe le vivier, les quotas et les réglages et publie leur engagement (une empreinte SHA-256) avant le tirage de la graine. Plus rien ne peut changer ensuite.
selection-freeze-submit = Geler le vivier et publier l'engagement
selection-commitment = Engagement
selection-ceremony = Cérémonie de tirage
selection-ceremony-lead = Saisissez la graine tirée en public (par exemple les chiffres de dés lancés devant témoins). Le moteur tire alors le panel et une liste de réserve ordonnée, et chaque personne tirée est prévenue par courriel.
selection-seed = Graine
selection-draw-submit = Tirer le panel
selection-members = Membres tirés
selection-members-caption = Membres par identifiant pseudonyme
selection-id = Identifiant
selection-status = Statut
selection-reply = Réponse
selection-actions = Actions
selection-withdraw = Noter un désistement
selection-reserves = Liste de réserve
selection-no-reserves = Personne n'est sur la liste de réserve.
selection-replace = Remplacements
selection-waiting = Membres désistés pas encore remplacés : { $count }.
selection-replace-submit = Tirer des remplaçants
selection-erase-heading = Effacer les coordonnées
selection-erased-on = Coordonnées effacées le { $date }.
selection-erase-lead = Efface tous les noms, adresses électroniques et adresses postales de ce vivier. Le vivier pseudonyme, les tirages et leurs dossiers restent.
selection-erase-submit = Effacer les coordonnées
selection-status-pool = Dans le vivier
selection-status-member = Membre
selection-status-reserve = Réserve
selection-status-withdrawn = Désisté, pas encore remplacé
selection-status-replaced = Désisté, remplacé
selection-reply-confirmed = Confirmé
selection-reply-declined = Décliné
selection-error-size = Indiquez la taille du panel : un nombre entier de 1 à 10000.
selection-error-no-features = Choisissez le fichier des quotas.
selection-error-no-people = Choisissez le fichier du vivier.
selection-imported = { $count } volontaires importés.
selection-error-seed = Saisissez la graine tirée en public (500 caractères au plus).
selection-error-none-withdrawn = Aucun membre ne s'est désisté : il n'y a personne à remplacer.
selection-mail-subject = Vous avez été tiré au sort : { $assembly }
selection-mail-body = Bonjour { $name }, vous avez été tiré au sort pour siéger au panel. Merci de confirmer ou de décliner ici : { $link }
draw-title = Le tirage
draw-method = Comment le panel est tiré
draw-method-1 = Les volontaires qui ont répondu à l'invitation forment le vivier. Des quotas fixent le nombre de sièges de chaque groupe, pour que le panel ressemble à la population, et au plus une personne par ménage est tirée.
draw-method-2 = Parmi tous les panels qui respectent les quotas, le moteur donne à chacun une chance aussi égale que les quotas le permettent (LEXIMIN), puis en fait une loterie de panels équiprobables.
draw-method-3 = Le vivier, les quotas et les réglages ont été fixés et leur engagement publié avant le tirage public de la graine ; chacun peut télécharger le dossier ci-dessous et vérifier le tirage avec klero verify.
draw-not-yet = Le vivier n'est pas encore gelé : rien n'est publié.
draw-frozen = Gelé le { $date }, avec { $count } volontaires dans le vivier.
draw-waiting-seed = La graine sera tirée en public lors de la cérémonie.
draw-composition = Le panel par rapport aux quotas
draw-panel-size = Sièges au panel : { $count }.
draw-probabilities = La chance de chacun
draw-probabilities-lead = La probabilité d'être tiré de chaque volontaire, sans noms ni identifiants.
draw-probabilities-caption = Volontaires par probabilité d'être tirés
draw-probability = Probabilité
draw-people = Volontaires
draw-date = Date
draw-bundle = Dossier de vérification
draw-bundle-lead = Lancez klero verify sur le zip lui-même, ou sur le dossier où vous l'avez décompressé (ou téléchargez les fichiers ci-dessous dans un dossier, avec input/ comme sous-dossier). Rien n'est recalculé : la loterie est vérifiée par rapport à l'engagement et aux quotas, et le tirage à partir de la graine.
draw-lottery = La loterie, publiée avant la graine
draw-lottery-lead = Au gel, le moteur a arrondi la chance de chacun en une loterie de { $m } panels équiprobables ({ $distinct } distincts), publiée ici avant que la graine soit connue. Son empreinte fait partie de l'engagement : elle ne peut plus changer. La graine choisit un numéro de la loterie par la seule arithmétique entière : chacun peut le refaire.
draw-lottery-change = L'arrondi change la chance de chacun d'au plus { $change } point de pourcentage.
draw-lottery-file = Télécharger la loterie (lottery.json)
draw-first = Le tirage du panel
draw-replacement = Tirage de remplacement { $number }
draw-chosen = { $count } membres tirés.
draw-replaced = { $withdrawn } désistés ; { $chosen } tirés pour les remplacer.
reply-title = Votre place au panel
reply-lead = Vous avez été tiré au sort. Participerez-vous ?
reply-confirm = Oui, je participe
reply-decline = Non, je décline
reply-done-confirmed = Merci : votre place est confirmée.
reply-done-declined = Merci de nous avoir prévenus ; votre place ira à quelqu'un d'autre.
selection-error-confirm = Cochez la case pour confirmer : cette étape est irréversible.
selection-confirm-final = Je comprends que c'est irréversible.
selection-name = Nom
selection-email = Courriel
refused-selection-refused-changed = Le vivier a été téléversé à nouveau entre-temps : vérifiez-le, puis gelez-le à nouveau.
selection-problems = Veuillez corriger ces problèmes :
draw-bundle-zip = Télécharger tout le dossier (zip)
selection-retention = Les coordonnées ne sont conservées que pour le travail du panel : effacez-les à la fin du panel ({ $date }).
reply-account-lead = Comme membre du panel, vous recevez un compte sur cette plateforme, pour le programme, les documents et les votes. Le lien est valable 14 jours.
reply-account-link = Créer votre compte
draw-bundle-replacement-lead = Un tirage de remplacement a son propre dossier, vérifié de la même façon avec klero verify : son vivier, ce sont les personnes encore éligibles ; ses sièges, ceux restés libres ; ses quotas, ceux du panel moins ce que remplissent les membres qui restent ; panel.csv donne les personnes tirées pour remplacer celles qui se sont désistées, settings.json ceux qui restent.
selection-conflicts = Quotas en conflit
selection-relaxation = Le plus petit assouplissement dans les limites min_flex et max_flex
selection-no-relaxation = Aucun assouplissement dans les limites min_flex et max_flex ne rend les quotas réalisables.

## Recruitment by lot: the invitation lottery, the letters, the registration page
recruitment-title = Recrutement
recruitment-phone-entry = Saisir une réponse reçue par téléphone
recruitment-invitations = Invitations
recruitment-register = Registre
recruitment-digest = SHA-256 du registre
recruitment-seed = Graine
recruitment-drawn-on = Tiré le
recruitment-population = Population
recruitment-sent = Lettres
recruitment-replies = Inscriptions
recruitment-none = Aucune invitation n'a encore été tirée.
recruitment-draw = Tirer les invitations
recruitment-draw-lead = Téléversez le registre de population ou la liste d'adresses. Il est lu en flux et n'est pas conservé : seules les lignes tirées sont enregistrées. Chaque zone reçoit des invitations en proportion de sa population (ou sur-échantillonnée selon votre choix), au plus une par ménage, jamais à une personne de la liste d'exclusion. Le même fichier et la même graine donnent toujours les mêmes invitations.
recruitment-register-file = Registre (CSV ou tableur)
recruitment-register-hint = Une ligne par personne, une ligne d'en-tête, une colonne d'identifiant, la colonne de la zone et les colonnes d'adresse.
recruitment-count = Nombre d'invitations
recruitment-stratify-by = Colonne de la zone (strates)
recruitment-household-columns = Colonnes du ménage
recruitment-household-hint = Colonnes, séparées par des virgules, dont les valeurs ensemble identifient un ménage (rue, numéro, code postal).
recruitment-id-column = Colonne d'identifiant (par défaut : id)
recruitment-address-columns = Bloc d'adresse de la lettre
recruitment-address-hint = Une ligne du bloc par ligne, ses colonnes séparées par des virgules : par exemple prenom, nom / rue / code_postal, commune. Vide : nom, rue, code postal et commune, reconnus d'après le nom des colonnes.
recruitment-language-column = Colonne de la langue (facultatif)
recruitment-languages = Langues de la lettre
recruitment-languages-hint = Pour les personnes sans langue dans le registre : codes séparés par des virgules ; plusieurs s'impriment sur la même lettre (fr, nl).
recruitment-oversample = Sur-échantillonnage (facultatif)
recruitment-oversample-hint = ZONE=FACTEUR, séparés par des virgules, pour les zones qui répondent d'habitude moins (par exemple Molenbeek=1.5).
recruitment-exclude = Liste d'exclusion (facultatif)
recruitment-exclude-hint = Les identifiants des personnes qui ont déjà siégé ou qui ont demandé à ne pas être contactées.
recruitment-seed-hint = Texte qui fixe le tirage, par exemple des nombres tirés en public. Il est publié avec les chiffres.
recruitment-draw-submit = Tirer les invitations
recruitment-dashboard = Réponses par zone
recruitment-strata-caption = Lettres envoyées et inscriptions par zone, comparées à la population
recruitment-stratum = Zone
recruitment-population-share = Part de la population
recruitment-response-rate = Taux de réponse
recruitment-replies-share = Part des inscriptions
recruitment-gap = Écart
recruitment-letters = Lettres
recruitment-letters-download = Télécharger les lettres (PDF, une page par lettre)
recruitment-letters-lead = Chaque lettre imprime le texte dans la ou les langues de la personne invitée, son code personnel et un code QR vers la page d'inscription. Dans le texte, {"{code}"} représente le code et {"{url}"} l'adresse de la page d'inscription.
recruitment-letter-text = Lettre
recruitment-letter-save = Enregistrer la lettre
recruitment-letter-code-label = Votre code personnel
recruitment-quotas = Quotas
recruitment-questions = Le formulaire d'inscription demande :
recruitment-no-quotas = Pas encore de quotas : l'inscription s'ouvre quand les quotas indiquent les questions à poser.
recruitment-quotas-lead = Indiquez la part de chaque valeur dans la population ; la plateforme propose les sièges autour du nombre proportionnel avec votre tolérance, place les inscriptions dans le vivier et montre sur la page de sélection si un panel peut être tiré et, sinon, quels quotas se contredisent.
recruitment-shares = Parts de la population
recruitment-shares-hint = Une ligne par valeur : critère,valeur,part (un effectif ou un pourcentage), par exemple genre,femme,51.
recruitment-tolerance = Tolérance (%)
recruitment-quotas-submit = Proposer et appliquer les quotas
recruitment-pool-lead = Le vivier de la sélection est fait des inscriptions disponibles ; replacez-les après de nouvelles inscriptions.
recruitment-pool-submit = Placer les inscriptions dans le vivier
recruitment-pool-filled = Les inscriptions sont dans le vivier.
recruitment-left-out = Les inscriptions sont dans le vivier, sauf les numéros { $numbers } : une réponse n'est pas une valeur des quotas.
recruitment-shares-file = parts de la population
recruitment-registrants = Inscriptions
recruitment-no-registrants = Personne ne s'est encore inscrit.
recruitment-registrants-caption = Inscriptions, avec les coordonnées (organisateurs et équipe uniquement)
recruitment-number = N°
recruitment-contact = Contact
recruitment-answers = Réponses
recruitment-available = Disponible
recruitment-needs = Besoins
recruitment-by-phone = par téléphone
recruitment-withdrawn = retiré
recruitment-yes = oui
recruitment-no = non
recruitment-withdraw = Retirer
recruitment-more = … et { $count } de plus.
recruitment-erase-heading = Effacer les données personnelles
recruitment-erase-lead = Efface les lignes du registre, les coordonnées des personnes inscrites et le secret des codes (les codes cessent de fonctionner). Les chiffres et les réponses pseudonymes restent.
recruitment-erase-submit = Effacer les données personnelles
recruitment-error-count = Nombre d'invitations : indiquez un nombre entier de 1 à 200000.
recruitment-error-stratify = Colonne de la zone : nommez la colonne du registre.
recruitment-error-seed = Graine : indiquez le texte qui fixe le tirage.
recruitment-error-languages = Langues de la lettre : indiquez au moins une de nl, fr, en, de.
recruitment-error-no-register = Registre : choisissez le fichier où tirer.
recruitment-error-no-column = la colonne `{ $column }` n'est pas dans l'en-tête
recruitment-error-changed = le fichier a changé pendant sa lecture : téléversez-le à nouveau
recruitment-error-letter = Lettre : écrivez un texte de 8000 caractères au plus.
recruitment-error-uploaded-pool = Le vivier a été téléversé depuis un fichier : téléversez les quotas avec lui sur la page de sélection, ou effacez d'abord ce vivier.
recruitment-error-no-quotas = Fixez d'abord les quotas : le vivier a besoin de leurs questions.
recruitment-error-share-line = Parts de la population, ligne { $line } : écrivez critère,valeur,part avec un nombre de 0 ou plus.
recruitment-error-no-shares = Parts de la population : indiquez au moins une ligne.
recruitment-error-tolerance = Tolérance : indiquez un pourcentage de 0 à 100.
recruitment-error-confirm-erase = Cochez la case pour confirmer : l'effacement est définitif.
refused-recruitment-refused-registered = Des personnes se sont déjà inscrites : les invitations ne peuvent plus être tirées à nouveau.
refused-recruitment-refused-closed = Les inscriptions sont closes : le vivier est gelé pour le tirage.
refused-recruitment-refused-erased = Les données personnelles de ce recrutement ont été effacées.
register-title = S'inscrire au panel citoyen
register-lead = Vous avez reçu une lettre vous invitant à participer. Saisissez le code personnel qui y est imprimé.
register-code = Code personnel
register-code-hint = Douze lettres et chiffres, par exemple K7QM-4TXR-9HCW. Les tirets et espaces ne comptent pas.
register-continue = Continuer
register-too-many = Trop de codes ont été essayés. Attendez un quart d'heure et réessayez, ou appelez-nous.
register-unknown-code = Nous ne reconnaissons pas ce code. Vérifiez-le sur votre lettre, ou appelez-nous.
register-staff = Vous saisissez une réponse reçue par téléphone : elle sera marquée comme saisie par l'équipe.
register-already = Ce code est déjà inscrit : vous pouvez modifier les réponses, ou vous retirer.
register-closed = Les inscriptions sont closes.
register-consent-heading = Vos données
register-consent-text = Vos réponses servent uniquement à tirer le panel au sort pour qu'il ressemble à la population. Votre nom et vos coordonnées sont conservés à part, vus seulement par les organisateurs et leur équipe, jamais publiés, et effacés à la fin des travaux du panel. Vous pouvez vous retirer à tout moment avec votre code.
register-consent = J'accepte cette utilisation de mes données.
register-consent-staff = La personne au téléphone a accepté cette utilisation de ses données.
register-name = Nom
register-email = Adresse e-mail
register-phone = Téléphone
register-available = Je peux être présent·e aux dates du panel : { $dates }.
register-lang = Langue de nos messages
register-needs = Accessibilité et autres besoins (facultatif)
register-needs-hint = Par exemple accès en fauteuil roulant, interprète en langue des signes, garde d'enfants.
register-submit = S'inscrire
register-withdraw-lead = Si vous ne souhaitez plus participer, vous pouvez vous retirer : vos coordonnées sont effacées aussitôt.
register-withdraw = Retirer mon inscription
register-done = Merci : vous êtes inscrit·e.
register-done-lead = Quand les inscriptions se clôturent, le panel est tiré au sort en public. Si vous êtes tiré·e au sort, nous vous écrirons. Gardez votre lettre : avec son code, vous pouvez modifier vos réponses ou vous retirer.
register-next = Saisir une autre réponse
register-withdrawn = Votre inscription est retirée et vos coordonnées sont effacées.
register-error-consent = Consentement : cochez la case pour accepter l'utilisation des données.
register-error-answer = Choisissez une des réponses.
register-error-name = Nom : écrivez votre nom (200 caractères au plus).
register-error-email = Adresse e-mail : écrivez-la sous la forme nom@exemple.org.
register-error-contact = Indiquez une adresse e-mail ou un numéro de téléphone, pour que nous puissions vous joindre.
register-error-phone = Téléphone : chiffres, espaces et + - . / ( ) uniquement, 40 au plus.
register-error-lang = Langue : choisissez une des langues.
register-error-needs = Besoins : 2000 caractères au plus.
letter-default-body =
    Madame, Monsieur,
    {""}
    Vous avez été tiré·e au sort dans le registre de la population pour être invité·e à un panel citoyen. Ses membres, tirés au sort parmi celles et ceux qui répondent, se réuniront pour entendre des experts, délibérer et formuler des recommandations auxquelles le gouvernement doit répondre.
    {""}
    Aucune connaissance particulière n'est requise. Les séances sont défrayées et accessibles ; interprétation et garde d'enfants sont prévues.
    {""}
    Pour vous inscrire, rendez-vous sur {"{url}"} ou scannez le code QR, et saisissez votre code personnel {"{code}"}. Vous pouvez aussi nous appeler au {"{phone}"} et lire le code.
register-no-code = Saisissez le code imprimé sur votre lettre.
recruitment-error-letters = Les lettres ne peuvent pas être imprimées :
register-mail-subject = Votre inscription à { $assembly }
register-mail-body =
    Bonjour { $name },
    {""}
    Merci : vous êtes inscrit·e. Quand les inscriptions se clôturent, le panel est tiré au sort en public ; si vous êtes tiré·e au sort, nous vous écrirons à nouveau.
    {""}
    Avec le code de votre lettre, vous pouvez modifier vos réponses ou vous retirer à tout moment sur la page d'inscription.

# --- Panel page and navigation (issue 23) ---
panel-heading = Panel { $number } :
panel-cycle = Le cycle du panel
panel-published = Publié pour ce panel
panel-nothing-published = Rien n’est encore publié pour ce panel. Le tirage, les résultats du sommet et le suivi des recommandations apparaissent ici dès que le panel y arrive.
panel-your-tools = Vos outils pour ce panel
members-your-tools = Vos outils, panel par panel
nav-draw = Le tirage au sort
nav-draw-about = Comment le panel a été tiré au sort : l’engagement, la graine, la loterie et les fichiers pour vérifier le tirage vous-même.
nav-register = S’inscrire avec le code de votre lettre
nav-register-about = Les habitants invités répondent ici avec le code imprimé sur leur lettre.
nav-vote = Voter au sommet
nav-vote-about = Les participants votent sur leur téléphone avec le code reçu à l’entrée.
nav-summit-results = Résultats des votes du sommet
nav-summit-results-about = Chaque vote soumis au sommet, la participation et, une fois clos, le résultat.
nav-tracker = Suivi des recommandations
nav-tracker-about = Chaque recommandation, la réponse du gouvernement à chaque cycle de suivi et l’avis de la commission.
nav-edit-panel = Modifier le panel
nav-edit-panel-about = Thème, dates, taille et étape du panel.
nav-recruitment = Recrutement
nav-recruitment-about = Les invitations tirées du registre, les lettres et les réponses par groupe.
nav-selection = Sélection
nav-selection-about = Quotas et vivier, gel du vivier, cérémonie du tirage, désistements et remplacements.
nav-summit-hub = Journée du sommet
nav-summit-hub-about = Participants, groupes et votes en plénière du sommet.
nav-checkin = Accueil à l’entrée
nav-checkin-about = Retrouver chaque participant, noter sa présence et lui remettre son code de vote.
nav-programme = Programme
nav-programme-about = Les tours du sommet et leurs questions.
nav-proposals = Propositions des tables
nav-proposals-about = Ce que les tables ont proposé, regroupé en une liste restreinte.
nav-seating = Placement
nav-seating-about = Placer les personnes présentes aux tables, tour par tour.
nav-seating-list = Qui est assis où
nav-seating-list-about = Les tables de chaque tour, à imprimer ou à consulter à l’entrée.
nav-tables = Ma table
nav-tables-about = Saisir les propositions de votre table pendant un tour.
nav-followup = Recommandations et cycles de suivi
nav-followup-about = Saisir ou importer les recommandations, consigner la remise, planifier les cycles de suivi.
nav-answers = Répondre aux recommandations
nav-answers-about = Rédiger et publier la réponse du gouvernement à chaque recommandation, cycle par cycle.
nav-verdicts = Juger les réponses
nav-verdicts-about = Donner l’avis de la commission sur chaque réponse publiée et poser des questions de suivi.

# --- Selection: drop-outs and replacements (issue 23) ---
punct-colon = {"\u00A0"}:
selection-history-ceremony = Tiré au sort lors de la cérémonie.
selection-history-replacing = Tiré au sort au tirage de remplacement { $number }, à la place de { $people }.
selection-history-replaced-by = Place reprise au tirage de remplacement { $number } par { $people }.
withdrawal-declined_by_link = a refusé par le lien de l’e-mail
withdrawal-declined = a refusé (signalé aux organisateurs)
withdrawal-unreachable = injoignable
withdrawal-no_longer_eligible = ne remplit plus les conditions
withdrawal-personal = raisons personnelles
withdrawal-did_not_attend = absent aux premières sessions
selection-error-reason = Choisissez pourquoi { $id } quitte le panel : le désistement n’a pas été enregistré.
selection-reason-label = Pourquoi { $id } quitte le panel
selection-reason-choose = Choisir une raison…
selection-withdraw-hint = Enregistrer un désistement retire définitivement le membre du panel : sa place attend le prochain tirage de remplacement. Seul le type de raison est conservé, jamais de détail sur la personne.
selection-replacements = Tirages de remplacement
selection-replacement-left = Ont quitté le panel
selection-replacement-joined = Tirés au sort à leur place
selection-replace-how = Les remplaçants ne sont pas pris dans l’ordre de la liste de réserve. Chaque tirage de remplacement est une nouvelle loterie publique, avec sa propre graine et son paquet de vérification, parmi toutes les personnes du vivier qui n’ont pas été tirées, dans les quotas que laissent ouverts les membres restants : la chance de chacun de reprendre une place reste aussi égale que les quotas le permettent. La liste de réserve est publiée avec le panel pour les assemblées dont les règles appellent les réserves dans l’ordre.
selection-error-pool-too-small = Le vivier compte { $count } personnes et le panel en demande { $size } : rien n’a été gelé. Chargez d’abord un vivier plus grand (ou complétez-le avec les inscriptions).
selection-frozen-notice = Le vivier est gelé : sa loterie et son engagement sont publiés sur la page du tirage.
selection-freeze-failed = Le moteur de sélection a échoué en gelant le vivier ; rien n’a été gelé. Réessayez, et prévenez les administrateurs de la plateforme si l’échec se répète.
selection-freezing = Calcul de la chance de chacun et de la loterie : { $settled } personnes sur { $total } fixées après { $seconds } s.
selection-freezing-lead = Sur un grand vivier, cela prend quelques minutes. Vous pouvez quitter cette page : le gel continue, et la page en montre l’issue à votre retour.
selection-freezing-refresh = Voir où on en est
selection-labels-heading = Libellés en quatre langues
selection-labels-lead = Les identifiants des catégories et des valeurs (tels que dans les fichiers) ne changent jamais ; ces libellés sont ce que le formulaire d’inscription, la page du tirage et les rapports montrent à chaque lecteur. Laissez un champ vide pour afficher le libellé d’une autre langue, ou l’identifiant. Un fichier de caractéristiques avec les colonnes label_nl, label_fr, label_en, label_de (la valeur d’une ligne) et feature_label_nl… (sa catégorie) les définit aussi.
selection-labels-submit = Enregistrer les libellés
selection-labels-saved = Les libellés sont enregistrés.
selection-labels-too-long = Le libellé de « { $name } » ({ $language }) dépasse { $max } caractères.
selection-people-from-registrations = les inscriptions reçues
## tracker (issue 23): overdue per round, confirmation before publishing, work lists
answered-late-days = { $days ->
        [one] répondu avec 1 jour de retard
       *[other] répondu avec { $days } jours de retard
    }
tracker-late-rule = Une recommandation est en retard dans un bilan quand l'échéance du bilan est passée sans qu'aucune réponse n'ait été publiée, dans ce bilan ou un suivant. Toute réponse compte, un rejet avec sa justification aussi.
work-answer-heading = En attente de votre réponse
work-answer-none = Rien n'attend votre réponse : chaque recommandation a une réponse publiée dans chaque bilan.
work-awaiting-count = { $count ->
        [one] 1 recommandation attend une réponse
       *[other] { $count } recommandations attendent une réponse
    }
work-round-published = publié : on peut encore y répondre en retard
work-not-started = pas commencée
work-replies-heading = Questions en attente de votre réponse
work-about-recommendation = sur la recommandation { $number }
work-judge-heading = En attente de votre avis
work-judge-none = Chaque réponse publiée a reçu votre avis.
work-judge-count = { $count ->
        [one] 1 réponse publiée attend votre avis :
       *[other] { $count } réponses publiées attendent votre avis :
    }
work-rec-awaits-answer = Cette recommandation attend votre réponse dans :
work-rec-awaits-verdict = Une réponse publiée à cette recommandation attend votre avis :
work-verdict-awaited = Attend votre avis
round-owed-badge = { $count ->
        [one] 1 recommandation toujours sans réponse
       *[other] { $count } recommandations toujours sans réponse
    }
round-owed-explained = Le bilan a été publié sans elles. On peut encore répondre à chacune dans ce bilan : une telle réponse est publiée à part, datée, et marquée en retard si elle vient après l'échéance.
answer-publish-late = Publier cette réponse…
answer-after-round-hint = Ce bilan a été publié. Une réponse donnée maintenant y est une réponse tardive : enregistrez-la comme brouillon, puis publiez-la à part ; elle est publique et datée à partir de ce moment.
draft-late-explained = Non public tant que le gouvernement n'a pas publié cette réponse.
answer-published-on = Publiée le { $date }
answer-published-after-round = après le bilan, à part
answer-edit-draft = Modifier le brouillon de réponse
answer-late = Répondre en retard dans ce bilan
publish-confirm-round-title = Publier ce bilan ?
publish-confirm-answer-title = Publier cette réponse ?
publish-consequences = Ce que fait la publication
publish-early-badge = { $days ->
        [one] 1 jour d'avance
       *[other] { $days } jours d'avance
    }
publish-early = Le bilan est dû le { $date } : publier aujourd'hui, c'est { $days } jours avant l'échéance.
publish-late = Le bilan était dû le { $date }, il y a { $days } jours.
publish-due-today = Le bilan est dû aujourd'hui, le { $date }.
publish-answers-final = Les réponses à { $count } des { $total } recommandations deviennent publiques et définitives : elles ne peuvent plus être modifiées, seulement remplacées dans un bilan suivant.
publish-answer-final = Cette réponse devient publique et définitive, datée d'aujourd'hui : elle ne peut plus être modifiée, seulement remplacée dans un bilan suivant.
publish-unanswered-badge = { $count ->
        [one] 1 sans réponse
       *[other] { $count } sans réponse
    }
publish-unanswered-heading = { $count ->
        [one] 1 recommandation n'a aucune réponse dans ce bilan, pas même un brouillon :
       *[other] { $count } recommandations n'ont aucune réponse dans ce bilan, pas même un brouillon :
    }
publish-unanswered-after = Elles ne sont pas abandonnées : après la publication, chacune reste ouverte dans ce bilan. Le gouvernement peut encore y répondre ; cette réponse est publiée à part, datée, et marquée en retard si elle vient après l'échéance. D'ici là, le suivi la montre sans réponse dans ce bilan, et en retard dès que l'échéance est passée.
publish-all-answered = Chaque recommandation a une réponse dans ce bilan.
publish-confirm-round = Oui, publier
publish-confirm-answer = Oui, publier cette réponse
publish-cancel = Non, revenir
refused-answer-published = Cette réponse a été publiée : elle est définitive. Un bilan suivant peut la remplacer.
refused-round-not-published = Ce bilan n'est pas encore publié : ses réponses sont publiées avec lui.
event-answer_published = Le gouvernement a publié sa réponse à la recommandation { $rec } dans le bilan { $round }, après le bilan
## summit (issue 23): projector mode, closing a vote, bilingual tables, the seating in plain words
projector-vote-here = Votez sur votre téléphone avec le code reçu à l’entrée :
projector-closed = Le vote est clos. Le résultat final :
projector-not-open = Ce vote n’est pas encore ouvert.
projector-room-languages = dans les langues de la salle ; dans une langue :
vote-close-title = Clôturer le vote { $number } ?
vote-close-not-voted = { $missing ->
    [0] Toutes les personnes qui peuvent voter ont voté : { $eligible } personnes.
    [one] { $missing_text } des { $eligible } personnes qui peuvent voter n’a pas encore voté.
   *[other] { $missing_text } des { $eligible } personnes qui peuvent voter n’ont pas encore voté.
}
vote-close-cast = { $cast ->
    [one] Un bulletin jusqu’ici : { $phone } par téléphone, { $paper } sur papier.
   *[other] { $cast_text } bulletins jusqu’ici : { $phone } par téléphone, { $paper } sur papier.
}
vote-close-consequence = La clôture est définitive : plus aucun bulletin n’est accepté ensuite, et les résultats sont comptés une fois et publiés.
vote-close-confirm = Clôturer le vote maintenant
vote-close-keep-open = Le laisser ouvert
summit-language-nl = néerlandais
summit-language-fr = français
summit-language-en = anglais
summit-language-de = allemand
seating-pair-name = { $first } et { $second }
seating-bilingual-interpreters-hint = Chaque interprète (traducteur) de la liste ci-dessous qui parle les deux langues reçoit une table bilingue, autant que les langues des personnes présentes le permettent.
error-seating-bilingual = Écrivez chaque paire comme deux langues différentes reliées par +, par exemple fr+nl.
seating-bilingual-no-interpreter = Des tables bilingues ({ $pair }) ont été demandées, mais aucun interprète de la liste ne parle les deux langues : aucune n’a donc été faite. Ajoutez un interprète ci-dessous, puis refaites le placement.
seating-bilingual-made = { $made ->
    [one] Une table bilingue ({ $pair }), avec son interprète.
   *[other] { $made } tables bilingues ({ $pair }), une par interprète.
}
seating-bilingual-none-made = { $interpreters ->
    [one] Un interprète parle { $pair }, mais aucune table bilingue n’a pu être faite : chacune des { $tables } tables est nécessaire dans une seule langue, pour que chacun soit à une table dans une langue qu’il parle, avec un animateur qui la parle.
   *[other] { $interpreters } interprètes parlent { $pair }, mais aucune table bilingue n’a pu être faite : chacune des { $tables } tables est nécessaire dans une seule langue, pour que chacun soit à une table dans une langue qu’il parle, avec un animateur qui la parle.
}
seating-bilingual-short = { $interpreters } interprètes parlent { $pair }, mais seules { $made } des { $tables } tables ont pu être bilingues : les autres sont nécessaires dans une seule langue, pour que chacun soit à une table dans une langue qu’il parle, avec un animateur qui la parle. { $unused ->
    [one] Un interprète n’a pas de table.
   *[other] { $unused } interprètes n’ont pas de table.
}
seating-column-group = groupe
seating-spread-same = { $column } « { $value } » : { $min } à chaque table, à chaque tour ({ $share } de la salle).
seating-spread-or = { $column } « { $value } » : { $min } ou { $max } à chaque table, à chaque tour ({ $share } de la salle).
seating-spread-range = { $column } « { $value } » : de { $min } à { $max } par table ({ $share } de la salle).
seating-cards-languages = Chaque carte est dans la langue de sa table ; celle d’une table bilingue dans les deux.
round-translations = Le tour dans d’autres langues
round-translations-hint = Pour les tables qui les parlent : une table francophone lit le thème et la question en français, une table bilingue les deux. Une langue laissée vide lit le texte ci-dessus.
refused-recruitment-refused-not-open = Les inscriptions ne sont pas encore ouvertes.
recruitment-error-address-lines = une adresse compte au plus { $count } lignes (la fenêtre de l'enveloppe).
recruitment-error-address-repeated = la ligne { $line } nomme une deuxième fois la colonne « { $column } ».
recruitment-error-address-empty = nommez au moins une colonne.
recruitment-opening-open = Les personnes invitées qui saisissent leur code maintenant voient le formulaire d'inscription.
recruitment-opening-later = Les inscriptions ouvrent le { $date }. Les personnes invitées qui saisissent leur code avant lisent qu'elles ouvrent le { $date }.
recruitment-opening-later-no-quotas = Les inscriptions ouvrent le { $date }. Les personnes invitées qui saisissent leur code avant lisent qu'elles ouvrent le { $date }. Fixez les quotas avant ce jour : sans eux, le formulaire n'a rien à demander.
recruitment-opening-not-ready = Les lettres ne peuvent pas encore être imprimées : une personne invitée qui saisirait son code ne trouverait aucun formulaire. Fixez les quotas (plus bas) ou un jour d'ouverture.
recruitment-opening-closed = Les inscriptions sont closes : le vivier est figé. Les lettres ne sont plus imprimées.
recruitment-error-placeholders = le texte doit contenir { $placeholders } : le code et l'adresse où le saisir.
recruitment-contact-phone = Numéro de téléphone imprimé sur les lettres
recruitment-contact-email = Adresse e-mail imprimée sur les lettres
recruitment-opens-on = Ouverture des inscriptions
recruitment-opens-on-hint = Vide : dès que les quotas sont fixés. Avant ce jour, une personne invitée qui saisit son code lit quand les inscriptions ouvrent.
recruitment-error-date = indiquez un jour au format AAAA-MM-JJ.
recruitment-letter-settings = Adresse, contact et ouverture
recruitment-letter-settings-save = Enregistrer les réglages des lettres
recruitment-address-lines-hint = Une ligne du bloc par ligne, ses colonnes séparées par des virgules. Le bloc est imprimé dans le champ d'adresse de la norme DIN 5008 (forme B), visible dans la fenêtre d'une enveloppe DL ou C5/6 (DIN 680).
recruitment-header-columns = Les colonnes du registre : { $columns }.
recruitment-letter-texts = Textes de la lettre
recruitment-placeholders-hint = Chaque texte doit contenir {"{code}"} (le code personnel) et {"{url}"} (l'adresse d'inscription). {"{phone}"} et {"{email}"} impriment le numéro de téléphone et l'adresse e-mail ci-dessus.
recruitment-error-no-phone = le texte utilise {"{phone}"} mais aucun numéro de téléphone n'est indiqué.
recruitment-error-no-email = le texte utilise {"{email}"} mais aucune adresse e-mail n'est indiquée.
letter-phone = Tél. { $phone }
register-opens-on = Votre code est correct. Les inscriptions ouvrent le { $date } : revenez à partir de ce jour avec le même code.
register-not-ready = Votre code est correct, mais les inscriptions ne sont pas encore prêtes. Revenez dans quelques jours avec le même code.
register-assembly = Assemblée
register-theme = Thème
register-dates = Dates du panel
register-known = Déjà connu par le registre de la population, donc pas demandé : { $categories }.
recruitment-points = { $points } pts
recruitment-legend-reference = part dans la population (ou les quotas)
recruitment-legend-replies = part des réponses
recruitment-chart = Graphique
recruitment-strata-hint = Population : personnes du registre dans chaque zone ; réponses : inscriptions non retirées, avec le taux de réponse aux invitations. L'écart est la part des réponses moins celle de la population, en points de pourcentage.
recruitment-category-answered = inscriptions : { $count }
recruitment-value = Valeur
recruitment-quota-share = Part dans les quotas
recruitment-quota-share-hint = Aucune part de la population n'a été donnée pour cette catégorie : les réponses sont comparées au milieu du quota de chaque valeur.
recruitment-error-share-weight = la part de { $category } = { $value } n'est pas un nombre positif ou nul.
recruitment-error-share-empty = les parts de { $category } totalisent 0.
breadcrumb-label = Vous êtes ici

## Délibération : séances, présences, défraiements
nav-sessions = Séances
nav-drafts = Recommandations en cours de rédaction
nav-attendance = Présences et défraiements
sessions-title = Séances
sessions-none = Aucune séance n'est encore prévue.
sessions-calendar = Ajouter les séances à votre agenda (iCalendar)
sessions-calendar-hint = Ce lien est personnel : grâce à lui, votre application d'agenda tient les séances à jour. Ne le communiquez à personne.
session = Séance
session-number = Séance { $number }
session-date = Jour
session-starts = Heure de début
session-ends = Heure de fin
session-place = Lieu
session-access = Accessibilité
session-access-hint = Par exemple : entrée de plain-pied, boucle magnétique, salle calme, arrêt le plus proche.
session-agenda = Ordre du jour
session-edit = Modifier cette séance
session-add = Planifier une séance
attendance-counts = présents : { $present }, excusés : { $excused }, absents : { $absent }
deliberation-settings = Paramètres de la délibération
settings-required-langs = Langues dans lesquelles chaque recommandation doit exister avant son vote
settings-required-langs-hint = Un vote ne peut s'ouvrir que lorsque la recommandation est rédigée, et à jour, dans chaque langue cochée (à Bruxelles : le néerlandais et le français).
settings-allowance = Défraiement par séance suivie (euros)
settings-allowance-hint = Ce montant est dû, par séance, aux membres enregistrés comme présents ; le service financier reçoit la liste au format CSV.
attendance-title = Présences
attendance-sessions = Présences par séance
presence-present = Présent
presence-excused = Excusé
presence-absent = Absent
attendance-no-members = Aucun membre du panel n'a encore de compte.
attendance-save = Enregistrer les présences
attendance-none-chosen = Choisissez présent, excusé ou absent pour au moins un membre.
allowances-download = Défraiements par membre (CSV)
allowances-hint = Le fichier CSV reprend, pour le service financier, chaque membre du panel avec les séances suivies, excusées et manquées, le tarif et le montant dû.

## Délibération : rédaction et amendements
drafts-title = Recommandations
drafts-none = Le panel n'a pas encore commencé de recommandation.
drafts-caption = Les recommandations du panel, avec leurs langues et leur vote
number-short = N°
drafts-languages = Langues
drafts-vote = Vote
drafts-open-amendments = Amendements en attente : { $count }
drafts-handed-over-as = Remise en tant que recommandation { $number }
drafts-new = Commencer une recommandation
drafts-create = Commencer la recommandation
drafts-handover = Remettre au gouvernement
drafts-handover-waiting = Recommandations adoptées en attente de remise : { $count }.
drafts-handover-on = Date de la remise
drafts-handover-hint = Chaque recommandation adoptée entre dans le suivi avec son texte dans chaque langue et son vote ; les cycles de suivi démarrent à partir de cette date.
drafts-handover-submit = Remettre les recommandations adoptées
draft-heading = Recommandation { $number }
draft-history = Historique et différences
draft-text = Texte
draft-language = Langue
draft-edit = Modifier le texte
draft-edit-hint = Chaque enregistrement conserve une nouvelle version ; rien n'est perdu. Choisissez la langue dans laquelle vous écrivez : une traduction s'enregistre de la même façon.
draft-note = Ce qui a changé (facultatif)
draft-save = Enregistrer une nouvelle version
version-number = version { $version }
part-title = Titre
part-text = Texte
part-rationale = Justification
part-theme = Thème
translations-title = Langues requises
translation-missing = manquante
translation-current = à jour (version { $version }, par { $by })
translation-behind = en retard : rédigée sur la base de la version { $version } par { $by } ; le texte a changé depuis, dans la version { $since }
someone = quelqu'un
amendments-title = Amendements
amendments-none = Aucun amendement pour l'instant.
amendment-number = Amendement { $number }
amendment-proposed = en attente de décision
amendment-accepted = accepté
amendment-rejected = rejeté
amendment-what-replace = Remplacer dans la partie « { $part } » (version { $version })
amendment-what-add = Ajouter à la partie « { $part } » (version { $version })
amendment-what-delete = Supprimer de la partie « { $part } » (version { $version })
amendment-by = proposé par { $name }
amendment-reason = Motif
amendment-decided-by = Décidé par { $name }
amendment-note = Remarque (obligatoire en cas de rejet)
amendment-accept = Accepter
amendment-reject = Rejeter
amendment-propose = Proposer un amendement
amendment-propose-hint = Citez les mots à modifier exactement tels qu'ils figurent dans la version actuelle.
amendment-part = Partie
amendment-change = Modification
change-replace = Remplacer le passage
change-add = Ajouter après le passage (à la fin s'il est vide)
change-delete = Supprimer le passage
amendment-passage = Passage
amendment-passage-hint = Copiez-le depuis le texte ci-dessus ; il doit y figurer une seule fois.
amendment-words = Nouveaux mots
amendment-submit = Proposer l'amendement
history-from = De
history-to = À
history-compare = Comparer
history-diff = Différences entre la version { $from } et la version { $to }
history-legend = Les mots ajoutés sont soulignés, les mots supprimés sont barrés.
history-unchanged = inchangé
history-versions = Toutes les versions
history-version = Version
history-author = Par
history-date = Date
deliberation-stale-save = Quelqu'un a enregistré la version { $version } pendant que vous écriviez. Le texte actuel est affiché ci-dessus ; vos mots sont conservés dans le formulaire ci-dessous : comparez, puis enregistrez à nouveau.
deliberation-stale-amend = La recommandation en est maintenant à la version { $version }. Le texte actuel est affiché ci-dessus ; votre amendement est conservé dans le formulaire : vérifiez le passage, puis proposez-le à nouveau.

## Délibération : votes
draft-vote = Vote
vote-state-drafting = En cours de rédaction : aucune règle déclarée pour l'instant
vote-state-declared = Règle déclarée : le vote peut s'ouvrir
vote-state-opened = Vote ouvert
vote-rule-declared = Règle
vote-no-rule = Aucune règle n'a encore été déclarée ; sans règle, le vote ne peut pas s'ouvrir.
vote-session = Séance du vote
vote-session-none = Aucune séance en particulier
vote-ballots-so-far = Votes reçus jusqu'ici : { $online } en ligne, { $paper } sur papier.
vote-result = Résultat
vote-present = Membres présents
vote-your-ballot = Votre vote
ballot-yours = Vous avez voté :
vote-change-hint = Vous pouvez modifier votre vote tant que le scrutin est ouvert.
ballot-submit = Voter
vote-paper = Saisir un bulletin papier
vote-paper-serial = Numéro du bulletin
vote-paper-choice = Choix indiqué sur le bulletin
vote-paper-hint = Saisir à nouveau un numéro remplace le bulletin correspondant.
vote-paper-submit = Enregistrer le bulletin
vote-declare = Déclarer la règle
vote-declare-hint = La règle est déclarée avant l'ouverture du vote et ne peut plus changer une fois celui-ci ouvert.
decision-rule = Règle de décision
rule-kind-majority = Majorité simple
rule-kind-qualified = Majorité qualifiée
rule-kind-consent = Consentement (un certain nombre d'objections admises)
vote-share = Proportion requise, en % (majorité qualifiée)
vote-base = Proportion calculée sur
vote-base-cast = les votes exprimés
vote-base-present = les membres présents à la séance
vote-abstentions = Abstentions
vote-abstentions-ignore = ne pas les compter
vote-abstentions-count = les compter comme votes exprimés
vote-objections = Objections admises (consentement)
vote-declare-submit = Déclarer la règle
vote-open-hint = L'ouverture fige le texte soumis au vote : plus aucune modification ni aucun amendement n'est possible.
vote-open = Ouvrir le vote
vote-close = Clore le vote et dépouiller
choice-for = Pour
choice-against = Contre
choice-abstain = Abstention
rule-majority = majorité simple
rule-abstentions-count = abstentions comptées
rule-abstentions-ignored = abstentions non comptées
rule-qualified-cast = au moins { $share } % des votes exprimés
rule-qualified-present = au moins { $share } % des membres présents
rule-consent = consentement, au plus { $objections } objections
outcome-passed = Adoptée : { $share } sur { $base }
outcome-failed = Non adoptée : { $share } sur { $base }
error-time = Saisissez une heure au format HH:MM, par exemple 09:30.
error-text-one-language = Rédigez le texte dans au moins une langue.
error-amount = Saisissez un montant en euros, par exemple 25 ou 25,50.
error-rule-share = Saisissez un pourcentage supérieur à 50 et inférieur ou égal à 100, par exemple 80 ou 66,7.
error-rule-session = Une proportion des membres présents nécessite de choisir la séance dont les présences comptent.
error-amend-language = La recommandation n'a pas encore de texte dans cette langue.
error-amend-not-found = Ce passage ne figure pas dans le texte actuel : copiez-le exactement.
error-amend-ambiguous = Ce passage apparaît plusieurs fois : citez quelques mots de plus.
error-amend-length = La partie amendée serait vide ou trop longue.
deliberation-stale = La recommandation a été modifiée entre-temps.
deliberation-nothing-adopted = Aucune recommandation adoptée n'attend d'être remise.
refused-deliberation-unknown = Cette séance, cette recommandation ou cet amendement n'existe pas.
refused-deliberation-stale = La recommandation a été modifiée entre-temps.
refused-deliberation-does-not-apply = L'amendement ne s'applique plus au texte actuel.
refused-deliberation-already-decided = Une décision a déjà été prise sur cet amendement.
refused-deliberation-vote-started = Le vote est ouvert : le texte et la règle sont figés.
refused-deliberation-no-rule = Un vote ne peut pas s'ouvrir avant que sa règle soit déclarée.
refused-deliberation-translations-missing = Une langue requise manque ou n'est pas à jour : le vote ne peut pas encore s'ouvrir.
refused-deliberation-no-attendance = La règle compte les membres présents, mais aucune présence n'est enregistrée pour la séance du vote.
refused-deliberation-vote-state = Le vote ne peut pas passer à cette étape : il passe de « règle déclarée » à « ouvert », puis à « clos ».
refused-deliberation-vote-not-open = Le vote n'est pas ouvert.
refused-deliberation-not-present = Seuls les membres enregistrés comme présents à la séance peuvent participer à ce vote.
refused-deliberation-not-member = Seuls les membres du panel peuvent effectuer cette action.
refused-deliberation-more-ballots = Il y a plus de votes que de membres enregistrés comme présents : vérifiez les présences et les bulletins papier.
refused-deliberation-nothing-adopted = Aucune recommandation adoptée n'attend d'être remise.
refused-deliberation-decide-choose = Choisissez d'accepter ou de rejeter l'amendement.
refused-deliberation-reason-required = Indiquez pourquoi l'amendement est rejeté.
refused-deliberation-choose = Choisissez pour, contre ou abstention.
nav-report = Rapport citoyen
report-title = Rapport citoyen
report-published-on = Publié le { $date }
report-pdf = PDF
report-process = Comment le panel a travaillé
report-drawn = Les { $size } membres ont été tirés au sort parmi les volontaires qui ont répondu aux lettres d'invitation, avec des quotas pour que le panel ressemble à la population.
report-draw-link = Voir et vérifier le tirage.
report-experts = Experts entendus
report-named = Membres qui acceptent d'être nommés
report-none = aucun
report-recommendations = Les recommandations
report-present = { $count } présents
report-minority = Position minoritaire
report-a-member = un membre
report-not-adopted = Mises au vote et non adoptées
report-theme = Thème
report-page = Page
report-see = Lire le rapport publié
report-publish = Publier le rapport
report-republish = Publier à nouveau le rapport (corrigé)
report-publish-hint = Le rapport reprend les { $count } recommandations adoptées telles qu'elles sont, avec leurs votes, les séances et les membres qui acceptent d'être nommés.
report-nothing-yet = Le rapport pourra être publié dès qu'une recommandation sera adoptée.
named-title = Votre nom dans le rapport
named-label = Me nommer parmi les membres du panel dans le rapport
named-hint = Case non cochée, votre nom n'est publié nulle part ; vos positions minoritaires apparaissent alors comme celles d'« un membre ».
minority-title = Positions minoritaires
minority-yours = Votre position minoritaire (facultatif)
minority-hint = Une courte déclaration sur ce qui vous sépare de la recommandation ; elle est publiée avec la recommandation dans le rapport.
minority-save = Enregistrer ma position
minority-withdraw = Retirer ma position
tracker-in-report = Le texte adopté et son vote dans le rapport citoyen
draft-translation = Cet enregistrement ne fait que traduire ou reformuler (les autres langues n'ont pas à suivre)
draft-translation-hint = Laissez la case vide si vous changez ce que dit la recommandation : les autres langues requises sont alors marquées en retard jusqu'à leur mise à jour.
draft-editing-in = Vous modifiez le texte en { $lang }.
draft-edit-other = Modifier une autre langue :
