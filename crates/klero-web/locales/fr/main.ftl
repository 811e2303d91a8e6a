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
round-label = Tour { $number } : { $theme }
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
seating-facilitator = Animateur : { $name }
seating-translator = Interprète : { $name }
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
