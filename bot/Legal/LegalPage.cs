namespace TicBot.Bot.Legal;

/// <summary>The pages the app package links to (<c>privacyUrl</c>, <c>termsOfUseUrl</c>).</summary>
internal enum LegalPage
{
    Privacy,
    Terms,
}
