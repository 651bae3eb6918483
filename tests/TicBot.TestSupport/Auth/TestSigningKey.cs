using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TicBot.TestSupport.Auth;

/// <summary>An RSA key generated at test time, published in the fake JWKS with its channel endorsements.</summary>
public sealed class TestSigningKey : IDisposable
{
    // RSA generation is the costliest step of an auth test; key material is made once per key id and process.
    private static readonly ConcurrentDictionary<string, Lazy<RSAParameters>> Material = new();

    private readonly RSA _rsa;

    private TestSigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        _rsa = rsa;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <summary>Channels this key may sign for; null publishes the key without an <c>endorsements</c> member.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <param name="endorsements">Channels the key may sign for (none or null: no endorsements member, like Microsoft identity platform keys).</param>
    public static TestSigningKey Create(string keyId, params string[]? endorsements)
    {
        var parameters = Material.GetOrAdd(keyId, _ => new Lazy<RSAParameters>(GenerateParameters)).Value;
        var rsa = RSA.Create();
        rsa.ImportParameters(parameters);
        return new(keyId, rsa, endorsements is { Length: > 0 } ? endorsements : null);
    }

    /// <summary>A different private key announcing the same key id and endorsements: its signatures must not verify.</summary>
    public static TestSigningKey CreateImpostor(TestSigningKey genuine)
    {
        ArgumentNullException.ThrowIfNull(genuine);
        return new(genuine.KeyId, RSA.Create(2048), genuine.Endorsements);
    }

    private static RSAParameters GenerateParameters()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }

    /// <summary>The public key as a JWKS entry.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
