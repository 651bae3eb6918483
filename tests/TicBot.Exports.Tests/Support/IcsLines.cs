using System.Text;

namespace TicBot.Exports.Tests.Support;

/// <summary>
/// A small iCalendar reader written from RFC 5545 alone, independent of Ical.Net: it checks the physical lines (CRLF,
/// at most 75 octets, no character cut in two), unfolds them, splits name, parameters and value, unescapes TEXT, and
/// groups the properties by component.
/// </summary>
internal static class IcsLines
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
    {
        /// <summary>The value as TEXT: <c>\\</c>, <c>\;</c>, <c>\,</c> and <c>\n</c> unescaped.</summary>
        public string Text => Unescape(Value);
    }

    public sealed record Component(string Name, IReadOnlyList<Property> Properties)
    {
        public Property One(string name) => Properties.Single(p => p.Name == name);

        public Property? Find(string name) => Properties.SingleOrDefault(p => p.Name == name);
    }

    /// <summary>The physical lines, each checked; fails the test on a bad one.</summary>
    public static IReadOnlyList<string> PhysicalLines(byte[] bytes)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != '\n')
            {
                continue;
            }

            Assert.True(i > 0 && bytes[i - 1] == '\r', $"Line {lines.Count + 1} does not end with CRLF.");
            var length = i - 1 - start;
            Assert.True(length <= 75, $"Line {lines.Count + 1} has {length} octets.");
            lines.Add(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, length));
            start = i + 1;
        }

        Assert.Equal(bytes.Length, start);
        return lines;
    }

    public static IReadOnlyList<Component> Parse(byte[] bytes)
    {
        var logical = new List<string>();
        foreach (var line in PhysicalLines(bytes))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var stack = new Stack<(string Name, List<Property> Properties)>();
        var done = new List<Component>();
        foreach (var property in logical.Select(ParseLine))
        {
            if (property.Name == "BEGIN")
            {
                stack.Push((property.Value, []));
            }
            else if (property.Name == "END")
            {
                var (name, properties) = stack.Pop();
                Assert.Equal(name, property.Value);
                done.Add(new Component(name, properties));
            }
            else
            {
                stack.Peek().Properties.Add(property);
            }
        }

        Assert.Empty(stack);
        return done;
    }

    private static Property ParseLine(string line)
    {
        var (quoted, colon) = (false, -1);
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            quoted ^= line[i] == '"';
            colon = !quoted && line[i] == ':' ? i : -1;
        }

        Assert.True(colon > 0, $"No value in '{line}'.");
        var head = line[..colon].Split(';');
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'));
        return new Property(head[0], parameters, line[(colon + 1)..]);
    }

    private static string Unescape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
