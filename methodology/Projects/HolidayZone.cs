namespace TicBot.Methodology.Projects;

/// <summary>Which French public-holiday calendar applies to the collectivité.</summary>
public enum HolidayZone
{
    /// <summary>Metropolitan France: the eleven national public holidays (the default).</summary>
    Metropolitan,

    /// <summary>Bas-Rhin, Haut-Rhin and Moselle: adds Good Friday and 26 December.</summary>
    AlsaceMoselle,

    /// <summary>Guadeloupe: adds the abolition of slavery day on 27 May.</summary>
    Guadeloupe,

    /// <summary>Martinique: adds the abolition of slavery day on 22 May.</summary>
    Martinique,

    /// <summary>French Guiana: adds the abolition of slavery day on 10 June.</summary>
    Guyane,

    /// <summary>La Réunion: adds the abolition of slavery day on 20 December.</summary>
    LaReunion,

    /// <summary>Mayotte: adds the abolition of slavery day on 27 April.</summary>
    Mayotte,
}
