using System.Security.Cryptography;

namespace TicBot.Dialogs.Projects;

/// <summary>New project ids: <c>p</c> and 12 random base-32 characters (60 bits), unique within a place.</summary>
public static class ProjectIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New()
    {
        Span<char> id = stackalloc char[13];
        id[0] = 'p';
        for (var i = 1; i < id.Length; i++)
        {
            id[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(id);
    }
}
