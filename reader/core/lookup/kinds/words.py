"""The word lists the constructions' object_in and subject_in rules read (a shot, a
business, a garment, a clock, an amount ...), and what two families share: the dative and
object clitics, and _at, the à right after a verb."""

from __future__ import annotations

from reader.core.lookup.partners import Verb, after_verb
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token

# What goes off (le coup partit, le fusil est parti tout seul).
SHOTS = frozenset(
    "coup fusil pistolet revolver balle feu détonation obus canon carabine pétard".split()
)
# What one runs or keeps: a shop, a café, a house (tenir un cabaret, une boutique).
BUSINESSES = frozenset(
    "cabaret café boutique magasin hôtel auberge commerce restaurant pension épicerie "
    "brasserie taverne estaminet buvette bazar comptoir débit bureau école ferme "
    "maison ménage salon".split()
)
# What one keeps (tenir un journal, les comptes, un registre).
RECORDS = frozenset("journal comptes compte registre agenda carnet".split())
# What one wears (porter une blouse, des lunettes, l'uniforme), not carries.
GARMENTS = frozenset(
    "blouse habit robe cravate chapeau casquette bonnet calotte uniforme tunique jupe veste "
    "manteau redingote pantalon culotte gilet chemise gant lunette botte soulier chaussure "
    "sabot esclot perruque moustache barbe décoration croix ruban deuil bague collier "
    "monocle lorgnon costume voile tablier soutane toque képi casque cuirasse livrée "
    "pardessus jaquette corset corsage châle écharpe foulard boucle".split()
)
# A look or a turn one takes on (prendre un petit air, une expression, une importance
# nouvelle): take on, not take.
LOOKS = frozenset(
    "air expression pose allure visage mine ton attitude aspect physionomie teinte "
    "couleur importance extension ampleur tournure caractère apparence accent voix".split()
)
# What one returns in kind (rendre un salut, ses baisers: return) or renders (des services).
RETURNED = frozenset("salut baiser regard sourire politesse invitation étreinte".split())
SERVICES = frozenset({"service"})
# Looks one casts (lancer un regard furieux, jeter une œillade: cast, shoot).
GLANCES = frozenset("regard regards œillade oeillade coup-d'œil".split())
# What a court or a body delivers (le tribunal a rendu son jugement, rendre un avis: deliver).
VERDICTS = frozenset(
    "jugement verdict arrêt avis décision sentence ordonnance conclusion conclusions".split()
)
# Harms one prevents (prévenir des actes de violence, les risques, la récidive: prevent),
# where the object of prévenir is no one to warn.
HARMS = frozenset(
    "risque accident crime délit violence acte attentat conflit guerre maladie épidémie "
    "catastrophe danger récidive incendie drame abus fraude dérive crise chômage suicide "
    "infection cancer inondation dommage malheur mal menace agression trouble désordre "
    "émeute faillite erreur retard panne pénurie famine pandémie".split()
)
# What one blows out (souffler la lumière, sa bougie).
LIGHTS = frozenset(
    "lumière bougie bougies chandelle chandelles lampe flambeau allumette cierge lanterne "
    "veilleuse".split()
)
# What one winds (remonter la pendule, sa montre).
CLOCKS = frozenset("pendule montre horloge réveil réveille-matin ressort coucou".split())

PLACE_ADVERBS = frozenset("ici là là-bas là-haut ailleurs partout dedans dehors".split())


def _at(analysis: Analysis, verb: Verb) -> Token | None:
    after = after_verb(analysis, verb)
    return after if after is not None and plain(after.text) in ("à", "au", "aux") else None


DATIVES = frozenset("me m' te t' lui nous vous leur".split())

OBJECT_CLITICS = frozenset("le la l' les me m' te t' nous vous lui leur se s'".split())

# What one picks up again or takes back (reprit sa malle, ses seaux, son chapeau): pick up,
# not resume (reprit sa lecture, sa route).
CARRIED = frozenset(
    "malle valise sac seau panier chapeau canne parapluie pardessus manteau paquet bagage "
    "fusil arme verre tasse couteau clef clé cruche lampe bougie chandelier pipe".split()
)
# What one estimates (estimer la valeur, le prix, le nombre): estimate, not consider.
AMOUNTS = frozenset(
    "valeur prix coût montant nombre distance âge poids taille durée perte dégât dommage "
    "chiffre somme quantité superficie population".split()
)
