namespace TicBot.Cards.Model;

/// <summary>An Adaptive Cards schema version, from 1.0 to 1.5.</summary>
public readonly record struct CardVersion(int Major, int Minor) : IComparable<CardVersion>
{
    public static readonly CardVersion V1_0 = new(1, 0);
    public static readonly CardVersion V1_1 = new(1, 1);
    public static readonly CardVersion V1_2 = new(1, 2);
    public static readonly CardVersion V1_3 = new(1, 3);
    public static readonly CardVersion V1_4 = new(1, 4);
    public static readonly CardVersion V1_5 = new(1, 5);

    public int CompareTo(CardVersion other)
        => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static CardVersion Max(CardVersion a, CardVersion b) => a.CompareTo(b) >= 0 ? a : b;

    public static bool operator <(CardVersion left, CardVersion right) => left.CompareTo(right) < 0;
    public static bool operator >(CardVersion left, CardVersion right) => left.CompareTo(right) > 0;
    public static bool operator <=(CardVersion left, CardVersion right) => left.CompareTo(right) <= 0;
    public static bool operator >=(CardVersion left, CardVersion right) => left.CompareTo(right) >= 0;

    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
