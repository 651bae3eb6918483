namespace TicBot.BotKit.Recognizers;

public static partial class ChoiceRecognizer
{
    private static int? OrdinalWord(string word) => word switch
    {
        "premier" or "premiere" or "first" or "un" or "une" or "one" or "1er" or "1re" or "1st" => 1,
        "deuxieme" or "second" or "seconde" or "deux" or "two" or "2e" or "2nd" => 2,
        "troisieme" or "third" or "trois" or "three" or "3e" or "3rd" => 3,
        "quatrieme" or "fourth" or "quatre" or "four" or "4e" or "4th" => 4,
        "cinquieme" or "fifth" or "cinq" or "five" or "5e" or "5th" => 5,
        "dernier" or "derniere" or "last" => int.MaxValue,
        _ => null,
    };

    /// <summary>
    /// Optimal string alignment distance (a swap of two neighbours counts as one edit), stopping early once
    /// every path exceeds <paramref name="limit"/> so that long terms cost little.
    /// </summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
