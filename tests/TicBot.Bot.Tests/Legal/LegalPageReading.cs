using System.Xml.Linq;

namespace TicBot.Bot.Tests.Legal;

/// <summary>Reads a served page as the XML it is written to be (well-formed HTML5 in its XML-compatible form).</summary>
internal static class LegalPageReading
{
    public const string Doctype = "<!DOCTYPE html>";

    /// <summary>The page's document, without its doctype; throws <see cref="System.Xml.XmlException"/> when not well-formed.</summary>
    public static XDocument Parse(string html)
    {
        Assert.StartsWith(Doctype, html, StringComparison.Ordinal);
        return XDocument.Parse(html[Doctype.Length..]);
    }

    /// <summary>Every element's text, joined, for content checks.</summary>
    public static string Text(XDocument page) => page.Root!.Element("body")!.Value;

    public static IEnumerable<XElement> Headings(XDocument page)
        => page.Descendants().Where(e => e.Name.LocalName is ['h', >= '1' and <= '6']);
}
