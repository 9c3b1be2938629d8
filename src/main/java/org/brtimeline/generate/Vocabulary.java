package org.brtimeline.generate;

import java.util.ArrayList;
import java.util.List;
import org.brtimeline.chronology.ActorKind;

/**
 * The words synthetic articles and events are made of: actors, places, verbs, publishers and the
 * sentences of the articles. Names of people beyond the principal actors are invented combinations.
 */
final class Vocabulary {

    /** A place in about one event title in {@value #RARE_ONE_IN}, and in no article: a rare word to search for. */
    static final String RARE_PLACE = "Navapolatsk";

    static final int RARE_ONE_IN = 25_000;

    /** An actor to store when no actor of that name exists yet. */
    record NewActor(String name, ActorKind kind) {}

    /** The main actors of the relations, spelt as the curated corpus spells them, so that its actors are reused. */
    private static final List<NewActor> PRINCIPALS = List.of(
            new NewActor("Belarus", ActorKind.STATE),
            new NewActor("Russia", ActorKind.STATE),
            new NewActor("Alexander Lukashenko", ActorKind.PERSON),
            new NewActor("Vladimir Putin", ActorKind.PERSON),
            new NewActor("Sergei Lavrov", ActorKind.PERSON),
            new NewActor("Vladimir Makei", ActorKind.PERSON),
            new NewActor("Ukraine", ActorKind.STATE),
            new NewActor("European Union", ActorKind.ORGANISATION),
            new NewActor("United States", ActorKind.STATE),
            new NewActor("Mikhail Mishustin", ActorKind.PERSON),
            new NewActor("Dmitry Peskov", ActorKind.PERSON),
            new NewActor("Roman Golovchenko", ActorKind.PERSON),
            new NewActor("Sergei Shoigu", ActorKind.PERSON),
            new NewActor("Viktar Khrenin", ActorKind.PERSON),
            new NewActor("Svyatlana Tsikhanouskaya", ActorKind.PERSON),
            new NewActor("Coordination Council", ActorKind.ORGANISATION));

    private static final String[] FIRST_NAMES = {
        "Aleksandr", "Andrei", "Anna", "Dmitry", "Elena", "Igor", "Irina", "Maria", "Mikhail", "Natalia",
        "Nikolai", "Olga", "Pavel", "Sergei", "Tatiana", "Viktor", "Yulia", "Yuri", "Pyotr", "Vera"
    };

    private static final String[] SURNAMES = {
        "Ivanov", "Petrov", "Sidorov", "Kozlov", "Novik", "Karpenko", "Shevchenko", "Bondarenko", "Lebedev",
        "Morozov", "Volkov", "Zaitsev", "Pavlov", "Semenov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov",
        "Fedorov", "Mikhailov"
    };

    static final String[] STATES = {
        "Poland", "Lithuania", "Latvia", "Estonia", "Germany", "France", "China", "Kazakhstan", "Armenia",
        "Azerbaijan", "Georgia", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkey", "Iran", "Serbia", "Hungary",
        "United Kingdom", "Japan", "India", "Venezuela", "Cuba", "Syria", "Finland", "Sweden", "Norway",
        "Czech Republic", "Slovakia", "Romania"
    };

    static final String[] ORGANISATIONS = {
        "CSTO",
        "Eurasian Economic Union",
        "OSCE",
        "NATO",
        "Union State Council",
        "Gazprom",
        "Belaruskali",
        "Rosneft",
        "Belarusian KGB",
        "Russian Foreign Ministry",
        "Belarusian Foreign Ministry",
        "Central Election Commission",
        "Viasna",
        "Belarusian Association of Journalists",
        "European Parliament",
        "Council of Europe",
        "IMF",
        "World Bank",
        "Belavia",
        "Aeroflot",
        "Russian Ministry of Defence",
        "Belarusian Ministry of Defence",
        "Belarusian Railways",
        "Russian Railways",
        "Transneft",
        "Eurasian Development Bank",
        "Supreme Eurasian Economic Council",
        "CIS Executive Committee",
        "Belarusian Parliament",
        "State Duma"
    };

    static final String[] VERBS = {
        "meets",
        "holds talks with",
        "signs an agreement with",
        "criticises",
        "announces sanctions against",
        "calls for dialogue with",
        "receives a delegation from",
        "accuses",
        "thanks",
        "negotiates gas prices with",
        "discusses integration with",
        "warns",
        "opens a consulate with",
        "agrees a loan with",
        "holds joint exercises with",
        "expels diplomats of",
        "condemns",
        "supports",
        "phones",
        "hosts"
    };

    static final String[] PLACES = {
        "Minsk", "Moscow", "Brest", "Grodno", "Vitebsk", "Gomel", "Mogilev", "Sochi", "St Petersburg",
        "Kaliningrad", "Smolensk", "Orsha", "Novo-Ogaryovo", "Astana", "Baku", "Yerevan", "Vilnius", "Warsaw",
        "Kyiv", "Pskov"
    };

    /** Sentences that name nobody, for summaries and articles. */
    static final String[] REMARKS = {
        "Officials described the meeting as constructive.",
        "The talks covered energy prices, trade and the Union State.",
        "Opposition figures criticised the move.",
        "No joint statement was published afterwards.",
        "State media reported the event at length.",
        "Observers saw it as a sign of closer integration.",
        "The agreement is to take effect next year.",
        "Independent journalists were not admitted.",
        "The ministry confirmed the figures a day later.",
        "Both sides promised to meet again soon."
    };

    /**
     * The sentences of articles: {@code {A}} and {@code {B}} are actors, {@code {S}} a state, {@code {O}} an
     * organisation, {@code {V}} a verb, {@code {P}} a place, {@code {W}} a weekday, {@code {M}} a month,
     * {@code {Y}} a year and {@code {N}} a number.
     */
    static final String[] SENTENCES = {
        "{A} {V} {B} in {P} on {W}.",
        "Speaking in {P}, {A} said relations with {S} had entered a new stage.",
        "{O} said on {W} that {N} people had taken part.",
        "The talks between {A} and {B} lasted {N} minutes longer than planned.",
        "{A} is expected to visit {P} in {M}.",
        "According to {O}, the agreement covers {N} projects.",
        "{A} told reporters in {P} that the decision had been agreed with {B}.",
        "Critics, including {A}, called the move a step back.",
        "{S} and {B} have held {N} rounds of consultations since {Y}.",
        "Trains between {P} and Moscow were delayed for {N} hours.",
        "A spokesperson for {O} declined to comment.",
        "{A} thanked {B} for the support of {S}.",
        "On {W}, about {N} protesters gathered in the centre of {P}.",
        "{O} published the figures on its website on {W}.",
        "The last such visit to {P} took place in {M} {Y}.",
        "{A} and {B} last met in {P} in {Y}."
    };

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    static final String[] PUBLISHERS = {
        "Eastern Wire", "Minsk Evening Courier", "Union State Gazette", "Baltic Review", "Polesie Herald",
        "Dnieper News Agency", "Vistula Press", "Northern Correspondent", "Nemunas Daily", "Continental Monitor"
    };

    private Vocabulary() {}

    /**
     * The actors events involve, the most prominent first: the principal actors, 400 invented people, 30 states and
     * 30 organisations.
     */
    static List<NewActor> actors() {
        List<NewActor> actors = new ArrayList<>(PRINCIPALS);
        for (String first : FIRST_NAMES) {
            for (String last : SURNAMES) {
                actors.add(new NewActor(first + " " + last, ActorKind.PERSON));
            }
        }
        for (String state : STATES) {
            actors.add(new NewActor(state, ActorKind.STATE));
        }
        for (String organisation : ORGANISATIONS) {
            actors.add(new NewActor(organisation, ActorKind.ORGANISATION));
        }
        return actors;
    }
}
