"""The senses a verb's construction decides (reader/core/lookup/constructions.py, partners.py,
resources/senses/constructions.tsv), on the card a click shows, with the real model: each
construction where it applies, and the look-alikes where it must not."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from reader.core.lookup.constructions import (
    HEADER,
    ORIGIN,
    construction_senses,
)
from reader.core.lookup.english import simple_past
from reader.core.paths import resources_dir
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # an incise after the quotation, its subject a pronoun put after the verb
        ("« C'est terminé », a-t-il lancé aux journalistes.", "lancé", "said"),
        ("« Je n'en peux plus », avait-il lâché après le match.", "lâché", "blurted out"),
        ("« Pas du tout », glisse-t-elle en souriant.", "glisse", "remark"),
        ("« J'ai eu très peur », confie-t-il.", "confie", "confide"),
        ("« Viens ici », souffla-t-elle.", "souffla", "whispered"),
        ("« Tout va bien », assure-t-il.", "assure", "insist"),
        ("« Nous ne céderons pas », martèle-t-il.", "martèle", "stress"),
        ("« Bonjour, les enfants », fit-il.", "fit", "said"),
        # the curly apostrophe and the quotation mark kept by the sentence before
        ("« Quelle chance ! » Puis, reprit-il, nous sommes rentrés.", "reprit", "went on"),
        # an inverted noun subject right after the quotation, or inside it
        ("« Assez ! » tonna le général.", "tonna", "thundered"),
        ("« C'est un succès », souligne le maire.", "souligne", "stress"),
        ("« C'est trop tôt », estime le ministre.", "estime", "feel"),
        ("— Oui, reprit Duroy, je le sais bien.", "reprit", "went on"),
        # straight quotation marks, which open and close alike
        ('"Assez !" tonna le général.', "tonna", "thundered"),
        ('"C\'est un succès", souligne le maire.', "souligne", "stress"),
        ('"Et puis, reprit Duroy, nous partirons demain."', "reprit", "went on"),
        # between commas with no quotation marks: an incise all the same
        ("Mais, poursuivit-elle, rien n'a changé.", "poursuivit", "went on"),
        # before a colon and the quotation
        ("Il reprit : « Nous verrons demain. »", "reprit", "went on"),
        ("Elle reprit, d'une voix douce : « Comme vous voudrez. »", "reprit", "went on"),
        ("Elle reprit, comme il ne disait rien : « Alors ? »", "reprit", "went on"),
        ("Il avait alors lâché : « Vous êtes un menteur ! »", "lâché", "blurted out"),
        ("La vieille femme murmura :", "murmura", "murmured"),
        # before que and its clause
        ("Le syndicat a relevé que les salaires baissaient.", "relevé", "pointed out"),
        ("Le rapport souligne que la situation reste grave.", "souligne", "stress"),
        ("Le ministre a soutenu que la réforme était juste.", "soutenu", "maintained"),
        ("Il reconnaît que la situation est grave.", "reconnaît", "admit"),
        ("Le maire a précisé que la route serait fermée.", "précisé", "added"),
    ],
)
def test_a_verb_reporting_a_quotation_leads_with_its_speaking_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("La NASA a lancé la fusée hier soir.", "lancé", "launch"),
        ("« Viens », dit-il, et il lança la balle.", "lança", "throw"),
        ('Il cria "Viens !" et il lança la balle au chien.', "lança", "throw"),
        ("Après une pause, il reprit le travail.", "reprit", "resume"),
        ("Le syndicat, après la grève, a repris le travail.", "repris", "resume"),
        ("Il reprit sa mine joyeuse : « Bah ! laissons cela. »", "reprit", "resume"),
        ("Il reprit, après un silence, sa lecture.", "reprit", "resume"),
        ("Cela le fit rire : « Quelle idée ! »", "fit", "do"),
        # pronominal.tsv's s'assurer, not a speech verb's reading before the colon
        ("Il demanda pour s'en assurer : « Dors-tu ? »", "assurer", "make sure"),
        ("Il ne relève que des détails.", "relève", "note"),
        ("« Daniel, jette tes livres, tu ne vas plus au collège. »", "jette", "throw"),
        ("Elle lut la lettre, puis la jetait sur un meuble : « Encore ! »", "jetait", "throw"),
        ("Il soupira, comme il faisait souvent : « Allons, du courage. »", "faisait", "do"),
        ("On sifflait, on s'appelait : « Ohé ! »", "sifflait", "whistle"),
        ("Il arriva, soufflant, pressé, l'air effaré :", "soufflant", "blow"),
        ("Il souligne le mot d'un trait rouge.", "souligne", "underline"),
        ("Il soutenait sa mère malade.", "soutenait", "support"),
        ("Il reconnut sa voix.", "reconnut", "recognize"),
    ],
)
def test_the_same_verbs_elsewhere_keep_the_dictionaries_order(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il gagna la porte sans un mot.", "gagna", "reached"),
        ("Ils gagnèrent les Champs-Élysées, puis le boulevard.", "gagnèrent", "reached"),
        ("Il voulait gagner Bougival avant la nuit.", "gagner", "reach"),
        ("Elle regagna sa chambre.", "regagna", "got back to"),
        ("Il faut que je gagne dix heures.", "gagne", "get to"),
        ("Le club a gagné la Coupe de France.", "gagné", "win"),
        ("Nadal a gagné trois matchs.", "gagné", "win"),
        ("Le candidat veut gagner des voix.", "gagner", "win"),
    ],
)
def test_gagner_with_a_place_or_a_time_as_its_object_is_reach(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("La console sortira en Europe le 28 juillet.", "sortira", "come out"),
        ("La 5DS XL sortira au Japon cette semaine.", "sortira", "come out"),
        ("Le nouveau film de Spielberg sortira en mars.", "sortira", "come out"),
        ("Son roman « Les Brumes » est sorti hier.", "sorti", "came out"),
        ("« Nuit blanche » sort en salles mercredi.", "sort", "come out"),
        ('Selon lui, "Skyfall" sortira en mars.', "sortira", "come out"),
        ("Le disque devrait sortir en mai.", "sortir", "come out"),
        ("Le livre paraîtra en mars chez Gallimard.", "paraîtra", "come out"),
        ("Jean sortira ce soir avec ses amis.", "sortira", "go out"),
        # a straight quotation mark that opens a quotation, not one that closes a title
        ('Il a crié : "Sortez !"', "Sortez", "go out"),
        ('Il a dit : "Paraît-il."', "Paraît", "appear"),
        ("Il sortit son arme.", "sortit", "take out"),
        ("Le livre paraît intéressant.", "paraît", "appear"),
        ("Le livre me paraît long.", "paraît", "appear"),
    ],
)
def test_sortir_and_paraitre_with_a_product_as_subject_are_come_out(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Le pays a connu une forte hausse des prix.", "connu", "experienced"),
        ("Je connais cet homme depuis longtemps.", "connais", "know"),
        ("La crise a plongé le pays dans le chaos.", "plongé", "plunged"),
        ("Il plongea dans l'eau froide.", "plongea", "dive"),
        ("Cette phrase lui a valu quelques ennuis.", "valu", "earned"),
        ("Ce tableau vaut une fortune.", "vaut", "be worth"),
        ("Mais un désir aussi le travaillait.", "travaillait", "troubled"),
        ("Il travaillait le bois.", "travaillait", "work"),
        ("Dans la rue, il croisa un gros jeune homme.", "croisa", "passed"),
        ("Il croisa les bras.", "croisa", "cross"),
        ("Il est difficile de saisir son importance.", "saisir", "grasp"),
        ("Il faut saisir l'occasion.", "saisir", "seize"),
        ("Le ministre sera assisté par deux conseillers.", "assisté", "assisted"),
        ("Une infirmière assiste le chirurgien.", "assiste", "assist"),
        ("Il a assisté à la réunion.", "assisté", "attend"),
        ("Sa colère était dirigée contre nous.", "dirigée", "directed"),
        ("Il dirigea son regard vers la porte.", "dirigea", "directed"),
        ("Il dirige l'entreprise depuis dix ans.", "dirige", "lead"),
        ("La porte du fond fut condamnée.", "condamnée", "blocked up"),
        ("Le voleur a été condamné à deux ans.", "condamné", "sentenced"),
        ("La décision revient au président.", "revient", "go to"),
        ("Il revient à Paris demain.", "revient", "come back to"),
        ("Des pirates ont volé près de trois millions d'euros.", "volé", "stole"),
        ("Deux tableaux ont été volés au musée.", "volés", "stolen"),
        ("Le moineau volait de branche en branche.", "volait", "fly"),
        ("On aurait entendu voler une mouche.", "voler", "fly"),
        ("Une fête où assisteraient des ministres.", "assisteraient", "attend"),
        ("Les oiseaux volent vers le sud.", "volent", "fly"),
    ],
)
def test_the_kind_of_object_or_subject_decides_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("L'entreprise accuse une baisse de ses ventes.", "accuse", "show"),
        ("Il accuse son voisin de vol.", "accuse", "accuse"),
        ("La patrouille a essuyé des tirs.", "essuyé", "came under"),
        ("Elle essuya ses larmes.", "essuya", "wipe"),
        ("Le groupe va supprimer 800 postes.", "supprimer", "cut"),
        ("Il faut supprimer cette phrase.", "supprimer", "remove"),
        ("Le ministre a salué la décision du tribunal.", "salué", "welcomed"),
        ("Il salua la dame.", "salua", "greet"),
        ("Le robot, baptisé Hector, parle trois langues.", "baptisé", "name"),
        ("Baptisée « Aurore », la fusée partira en mai.", "Baptisée", "name"),
        ("On baptisa l'enfant à l'église.", "baptisa", "baptize"),
        ("L'équipe a signé sa troisième victoire.", "signé", "notched up"),
        ("Il a signé le contrat.", "signé", "sign"),
        ("Ils ont arraché la victoire à la dernière minute.", "arraché", "snatched"),
        ("L'équipe a encaissé trois buts.", "encaissé", "conceded"),
        ("Il a encaissé le chèque.", "encaissé", "cash"),
        ("Le pays traverse une crise grave.", "traverse", "go through"),
        ("Il traversa la rue.", "traversa", "cross"),
        ("L'entreprise affiche une hausse de 5 %.", "affiche", "post"),
        ("La société a réalisé un bénéfice record.", "réalisé", "made"),
        ("Ils se mirent à causer.", "causer", "chat"),
        ("Venez causer avec moi demain.", "causer", "chat"),
        ("L'orage a causé des dégâts.", "causé", "cause"),
        ("L'accident a causé de la peine à tous.", "causé", "cause"),
        ("Ils causaient de la pluie et du beau temps.", "causaient", "chatted"),
        ("L'équipe a signé sa troisième victoire.", "signé", "notched up"),
        ("Le ministre a signé un accord avec la Chine.", "signé", "sign"),
        ("Les syndicats ont arraché un accord.", "arraché", "snatched"),
        ("Les dégâts que l'orage a causés sont graves.", "causés", "cause"),
        ("Il fut chassé du pays.", "chassé", "driven out"),
        ("Il chasse le lièvre en automne.", "chasse", "hunt"),
        ("« Tout va bien », a indiqué le ministre.", "indiqué", "said"),
        ("Le panneau indique la sortie.", "indique", "indicate"),
    ],
)
def test_the_news_objects_decide_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("La sonde devrait arriver demain.", "devrait", "should"),
        ("La sonde devrait, dans trois jours, être arrimée.", "devrait", "should"),
        ("Il pourrait pleuvoir ce soir.", "pourrait", "could"),
        ("Je voudrais un café.", "voudrais", "would like"),
        ("Le duo aurait dû se reformer cette année.", "dû", "should have"),
        # the auxiliary itself reads as English's (test_helper_words.py); dû says "should"
        ("Le duo aurait dû se reformer cette année.", "aurait", "would have"),
        ("Il aurait pu venir.", "pu", "could have"),
        ("Il doit partir.", "doit", "have to"),
        ("Il devait partir le lendemain.", "devait", "had to"),
        ("Je ne devais plus jamais la revoir.", "devais", "was to"),
        ("Je ne devais pas sortir seul.", "devais", "had to"),
        ("Il a dû partir.", "dû", "had to"),
        ("Il ne pouvait pas dormir.", "pouvait", "could"),
        ("Je lui devais beaucoup d'argent.", "devais", "owed"),  # not a modal: owe
        ("Il devait son surnom à sa chevelure.", "devait", "owed"),
        ("À qui dois-tu ça ?", "dois", "owe"),
        ("Il devait, en outre, écrire au journal.", "devait", "had to"),
        ("Si ça ne réussit pas, tu me devras dix mille francs.", "devras", "owe"),
        # devoir before être: must (be), must have (been); not in the conditional
        ("Il devait être loin.", "devait", "must have"),
        ("Elle doit être charmante au théâtre.", "doit", "must"),
        ("Cette maison doit être vendue.", "doit", "must"),
        ("Il a dû être malade.", "dû", "had to"),
        ("Tu devrais être content.", "devrais", "should"),
    ],
)
def test_a_modal_in_the_conditional_or_the_past_reads_as_english_does(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a person as the object (kinds.person_object): meet again, involve, target
        ("Il doit retrouver son amie ce soir.", "retrouver", "meet again"),
        ("Il retrouva Forestier au café.", "retrouva", "met again"),
        ("L'affaire impliquait le président.", "impliquait", "involved"),
        ("Des faits visant le chef de l'État ont été révélés.", "visant", "target"),
        # a thing, or a clitic object before the verb, keeps the dictionaries' order
        ("Il retrouva ses clés sous le lit.", "retrouva", "find"),
        ("On l'avait retrouvé la veille.", "retrouvé", "find"),
        ("Cela implique des changements.", "implique", "imply"),
        ("Il vise la cible.", "vise", "aim"),
        # someone hired, seen, kept busy; a thing keeps the dictionaries' order
        ("Le directeur engagea un jeune homme comme secrétaire.", "engagea", "hired"),
        ("Le gouvernement engagea une réforme.", "engagea", "start"),
        ("Il fréquentait des journalistes.", "fréquentait", "associated with"),
        ("Il fréquentait les cafés du boulevard.", "fréquentait", "frequent"),
        ("Ce travail occupait ma mère.", "occupait", "kept busy"),
        ("Il occupait une chambre au cinquième.", "occupait", "occupy"),
        # a harm as the object of prévenir: prevent; a person or a body of people: warn
        ("Il faut prévenir des actes de violence.", "prévenir", "prevent"),
        ("Il faut prévenir la police.", "prévenir", "warn"),
        ("Il faut prévenir sa mère.", "prévenir", "warn"),
        # a verdict delivered; a thing, not a person, that touches
        ("Le tribunal a rendu son jugement.", "rendu", "delivered"),
        ("Il a rendu le livre.", "rendu", "give back"),
        ("La grève a touché tout le pays.", "touché", "affected"),
        ("Il toucha son bras.", "toucha", "touch"),
        # an infinitive has no subject: the noun before is not one
        ("J'eus le courage de n'y pas toucher.", "toucher", "touch"),
        # a look cast; a hand raised to the face
        ("Il lança un regard furieux.", "lança", "cast"),
        ("Il lança la balle.", "lança", "throw"),
        ("Il porta la main à son front.", "porta", "raised"),
        ("Il portait un panier.", "portait", "carry"),
    ],
)
def test_a_person_or_a_harm_as_the_object_decides_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # rendre with an adjective as its object's attribute: make
        ("Cela le rendit très fier.", "rendit", "made"),
        ("Sa gaieté la rendait charmante.", "rendait", "made"),
        ("Ce travail rendait la vie plus douce.", "rendait", "made"),
        ("Le chagrin rendait odieuse son existence.", "rendait", "made"),
        ("Il lui rendit pareille somme.", "rendit", "give back"),
        ("Elle rendit tous les saluts.", "rendit", "returned"),  # not made: a greeting (kinds/)
        ("Il a rendu le livre à la bibliothèque.", "rendu", "give back"),
        # compter before an infinitive: intend to
        ("Il comptait l'épouser au printemps.", "comptait", "intended to"),
        ("Que comptes-tu faire ?", "comptes", "intend to"),
        ("Nous comptons partir demain.", "comptons", "intend to"),
        ("Il compte sur vous.", "compte", "rely on"),
        ("Elle comptait les jours.", "comptait", "count"),
        ("Il compte parmi les meilleurs.", "compte", "be among"),
        # manquer with a dative and a subject: be missed by (I miss you); impersonal: lack
        ("Tu me manques beaucoup.", "manques", "be missed by"),
        ("Ses enfants lui manquaient.", "manquaient", "were missed by"),
        ("Il me manque trois euros.", "manque", "be missing"),
        # the clitic is read before the group's first verb form, past its ne
        ("Tu ne me manques pas.", "manques", "be missed by"),
        ("Cela ne lui a valu que des ennuis.", "valu", "earned"),
        ("Ça ne te vaut rien.", "vaut", "be worth"),
        ("L'audace lui manquait.", "manquait", "be missing"),
        # an impersonal il and what happens: happen; a letter or a person arrives
        ("Il est arrivé un grand malheur.", "arrivé", "happened"),
        ("Il arriva quelque chose d'étrange.", "arriva", "happened"),
        ("Enfin il arriva une lettre de Paris.", "arriva", "arrive"),
        ("Il arriva un soir chez nous.", "arriva", "arrive"),
        # ne tenir qu'à, prendre du retard (expressions.tsv)
        ("Il ne tient qu'à toi de réussir.", "tient", "be up to"),
        ("Les travaux ont pris du retard.", "pris", "fall behind"),
        # regarder of a matter and someone: concern; of someone: look at
        ("Cela ne me regarde pas.", "regarde", "concern"),
        ("Il me regarde avec tendresse.", "regarde", "look"),
        # se faire, se savoir before an adjective: their copular gloss (pronominal.tsv)
        ("Il se fait vieux.", "fait", "become (to be)"),
        ("Il se savait perdu.", "savait", "know oneself (to be)"),
        ("Tout se sait ici.", "sait", "be known"),
        # se rendre before an adjective: make oneself (ill, useful)
        ("Elle s'est rendue malade.", "rendue", "make oneself (to be)"),
        # se rendre to the police or the enemy: surrender; to a place: go to
        ("Le suspect s'est rendu à la police.", "rendu", "surrendered"),
        ("Ils se sont rendus à Paris pour l'occasion.", "rendus", "go to"),
        # mettre a length of time: take; sortir what one draws from a pocket: take out
        ("Il met deux heures pour venir.", "met", "take"),
        # a counted length of time as the object: tenir (last), compter (allow); not a thing
        ("Mais tenir dix ans dans ce métier, c'est dur.", "tenir", "last"),
        ("Comptez trois heures aller-retour.", "Comptez", "allow"),
        ("Il tient la porte.", "tient", "hold"),
        ("Elle compte les jours.", "compte", "count"),
        ("Il sortit de sa poche une lettre.", "sortit", "took out"),
        # manquer with a definite object: miss
        ("Il manqua le quatorzième coup.", "manqua", "missed"),
        ("Il manque trois élèves.", "manque", "be missing"),
        # entendre before être or a silent infinitive with its object: intend; what one hears
        # happen keeps hear
        ("Le gouvernement entend réformer le système.", "entend", "intend to"),
        ("J'entends être libre de mes actes.", "entends", "intend to"),
        ("On entendait ronfler la mer.", "entendait", "hear"),
        ("Il entendit sonner les cloches.", "entendit", "hear"),
        ("Il entendait entrer la voiture de la dame.", "entendait", "hear"),
        # a causative faire, even tagged as an auxiliary: make
        ("Ils me firent haïr Lyon.", "firent", "made"),
        ("Elle le fit asseoir sur un divan.", "fit", "made"),
        ("Cela me fait sourire.", "fait", "make"),
        ("C'est ce qui m'a fait entrer ici.", "fait", "made"),
        ("Il se fit servir des boissons.", "fit", "get (done)"),
        ("Il ne fait que rire.", "fait", "do"),
        ("Il a fait ses devoirs.", "fait", "do"),
        ("Si vous continuez, vous finirez par faire des bêtises.", "faire", "do (an activity)"),
        # tenir à and porter sur before a body part or a garment: hold, carry
        ("Il tenait aux dents une longue pipe.", "tenait", "held"),
        ("Elle entra, tenant à la main une lettre.", "tenant", "hold"),
        # tenir à before a noun, of a person: value (kinds/); before an infinitive: be keen on
        ("Je tiens à sa réputation.", "tiens", "value"),
        ("Je tiens à sortir.", "tiens", "be keen on"),
        ("Un homme passa, portant sur sa tête un panier.", "portant", "carry"),
        ("La discussion porte sur le budget.", "porte", "be about"),
        # arriver with a person as the subject: arrive, not happen
        ("Pourvu que j'arrive à temps !", "arrive", "arrive"),
        ("Il arrivait de Palerme.", "arrivait", "arrived"),
        ("Nous arrivions devant le cabinet.", "arrivions", "arrived"),
        # something that happens to someone: happen (kinds/), not arrive
        ("Ce qui nous arrive est terrible.", "arrive", "happen"),
        ("Il m'arrive de rêver.", "arrive", "happen"),
        ("Je n'arrive pas à dormir.", "arrive", "manage to"),
        ("J'arrive au collège.", "arrive", "reach"),
        ("J'en arrive à croire qu'il ment.", "arrive", "come to"),
        # manquer de before an infinitive: (not) fail to, nearly; before a noun: lack
        ("Il ne manquait pas de me dire bonjour.", "manquait", "failed to"),
        ("Il a manqué de tomber.", "manqué", "nearly"),
        ("Elle manque d'argent.", "manque", "lack"),
        ("Il ne manque pas d'attraits.", "manque", "lack"),
        # voler with a dative or à and a name: steal
        ("Tu as volé à Madeleine la moitié de sa dot.", "volé", "stole"),
        ("Elle lui vola un baiser.", "vola", "steal"),
        ("Il vola au secours de son ami.", "vola", "fly"),
        # apprendre with a dative and what is told: tell; with a skill: teach
        ("Jacques m'apprit que la négresse était partie.", "apprit", "told"),
        ("Qui t'a appris cela ?", "appris", "told"),
        ("En apprenant que j'étais là, il vint.", "apprenant", "learn"),
        ("Il voulait lui apprendre le métier.", "apprendre", "teach"),
        ("Il m'a appris à nager.", "appris", "teach"),
        # reprendre what one gets back: regain; and a manner before its colon: went on
        ("Je m'arrêtai pour reprendre haleine.", "reprendre", "regain"),
        ("Duroy reprenait son sang-froid.", "reprenait", "regained"),
        ("Il faut reprendre la tournée.", "reprendre", "resume"),
        ("Elle reprit en souriant : « Bien sûr. »", "reprit", "went on"),
        ("Puis il prononça d'un ton convaincu : « Tant pis. »", "prononça", "said"),
        ("Il se pencha et prononça tout bas : « Viens. »", "prononça", "said"),
        # causer where one chats, and how: chat; with an object: cause
        ("On causait à voix basse.", "causait", "chatted"),
        ("Nous causerons de cela ce soir.", "causerons", "chat"),
        ("Ils aimaient causer devant leurs portes.", "causer", "chat"),
        ("Cela causa à ses parents un grand chagrin.", "causa", "cause"),
        # sonner: an hour strikes, a bell or a visitor rings; a word sounds
        ("Comme neuf heures sonnaient, il partit.", "sonnaient", "struck"),
        ("Minuit sonne à Saint-Germain.", "sonne", "strike"),
        ("Il sonna, et l'huissier parut.", "sonna", "rang"),
        ("Tout à coup la cloche sonna.", "sonna", "rang"),
        ("Cette phrase sonne faux.", "sonne", "sound"),
        ("Le trompette sonna la charge.", "sonna", "sound"),
        ("Le clairon de la diligence sonnait sur la place.", "sonnait", "sound"),
        # rappeler with te and its subject after it: remember; with a dative: remind
        ("Te rappelles-tu la forêt de Fontainebleau ?", "rappelles", "remember"),
        ("Te le rappelles-tu ?", "rappelles", "remember"),
        ("Ce nom rappela à l'abbé un souvenir.", "rappela", "remind"),
        # serrer in one's arms: hug; the heart: wring; the hand: shake hands
        # The expression serrer dans ses bras (resources/phrases) leads before the construction.
        ("Elle le serra dans ses bras.", "serra", "hug"),
        ("Il la serrait contre lui.", "serrait", "hugged"),
        ("Une angoisse confuse lui serra le cœur.", "serra", "wrung"),
        ("Duroy lui serra la main.", "serra", "shake hands"),
        ("Son corsage la serrait trop.", "serrait", "squeeze"),
        # passer a length of time, even before à and an infinitive: spend
        ("Ils passaient leur temps à colorier des images.", "passaient", "spent"),
        ("Je passai ces deux jours à dormir.", "passai", "spent"),
        ("Passons à la question suivante.", "Passons", "move on to"),
        ("Il passa devant le café.", "passa", "pass"),
        # faire what one makes (an effort, a gesture): make; a step: take
        ("Il fit un effort pour se lever.", "fit", "made"),
        ("Le gouvernement a fait une proposition.", "fait", "made"),
        ("Il fit quelques pas dans la rue.", "fit", "took"),
        ("Il a fait ses devoirs.", "fait", "do"),
    ],
)
def test_what_follows_or_precedes_the_verb_decides_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Il devait dîner chez Mme Walter.", "devait"),  # dîner, tagged a noun
        ("Je dus ce jour-là faire le trajet à pied.", "dus"),  # the infinitive further on
    ],
)
def test_devoir_before_an_infinitive_is_no_debt(glosser: Glosser, text: str, word: str) -> None:
    assert first_sense(glosser, text, word) not in ("owe", "owed")


def test_the_card_leads_with_the_construction_and_keeps_the_other_senses(
    glosser: Glosser,
) -> None:
    analysis = analysed("« C'est terminé », a-t-il lancé aux journalistes.")
    translations = glosser.explain(analysis, token(analysis, "lancé").index).translations
    assert translations[0].origin == ORIGIN
    assert any("launch" in t.senses for t in translations[1:])


def test_every_row_names_a_known_construction_and_english_senses() -> None:
    from reader.core.lookup.constructions import RULES

    names = {name for name, _ in RULES}
    lines = (resources_dir() / "senses" / "constructions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in lines.splitlines() if not line.startswith("#")]
    assert tuple(rows[0]) == HEADER
    assert all(len(row) == len(HEADER) and row[0] in names for row in rows[1:])
    assert len(construction_senses()) == len(rows) - 1  # no row repeats another's key
    assert all(s and s == s.lower() for senses in construction_senses().values() for s in senses)


@pytest.mark.parametrize(
    ("gloss", "past"),
    [
        ("go on", "went on"),
        ("get back to", "got back to"),
        ("say", "said"),
        ("point out", "pointed out"),
        ("feel", "felt"),
        ("be released", "was released"),
    ],
)
def test_simple_past(gloss: str, past: str) -> None:
    assert simple_past(gloss) == past


@pytest.mark.parametrize(
    ("text", "word", "senses"),
    [
        ("Son roman « Les Brumes » est sorti hier.", "sorti", ("came out", "was released")),
        ("Ses deux films sont sortis hier.", "sortis", ("came out", "were released")),
        ("Le film sortira mercredi.", "sortira", ("come out", "be released")),
    ],
)
def test_a_be_gloss_in_the_past_agrees_with_the_subject(
    glosser: Glosser, text: str, word: str, senses: tuple[str, ...]
) -> None:
    analysis = analysed(text)
    best = glosser.explain(analysis, token(analysis, word).index).best_translation
    assert best is not None and best.senses[:2] == senses


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # an adjective after a verb says how: loud after speaking, else high or hard
        ("Il se promenait par le café, parlant haut, le verre à la main.", "haut", "loudly"),
        ("Il parlait bas pour ne pas la réveiller.", "bas", "quietly"),
        ("Forestier salua très bas.", "bas", "low"),
        ("La vie de restaurant coûte cher.", "cher", "a lot"),
        ("Duroy travaillait dur, dépensait peu.", "dur", "hard"),
        ("Il alla droit à la cheminée.", "droit", "straight"),
        # not a degree word before an adjective, nor an adjective of its noun or subject
        ("La maison est haute.", "haute", "high"),
    ],
)
def test_an_adjective_after_a_verb_says_how(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        # seul opening its clause before a determiner: only (Bel-Ami); after être: alone
        ("Seule la fenêtre restait visible encore.", "only"),
        ("Les rues étaient désertes ; seuls quelques ouvriers passaient.", "only"),
        ("Il est seul le soir.", "alone"),
    ],
)
def test_seul_opening_a_noun_phrase_is_only(glosser: Glosser, text: str, sense: str) -> None:
    word = next(w for w in text.replace(";", " ").split() if w.lower().startswith("seul"))
    assert first_sense(glosser, text, word) == sense
