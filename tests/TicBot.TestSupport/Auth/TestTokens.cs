using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TicBot.TestSupport.Auth;

/// <summary>Mints JWTs for authentication tests: well signed, unsigned (<c>alg: none</c>) or HMAC-signed.</summary>
public static class TestTokens
{
    /// <param name="algorithm">RS256, RS384 or RS512 (any RSA algorithm the key supports).</param>
    public static string Create(TestSigningKey key, TestTokenDescriptor descriptor, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Mint(descriptor, new SigningCredentials(key.SecurityKey, algorithm));
    }

    /// <summary>A token whose header says <c>alg: none</c> and that has no signature.</summary>
    public static string CreateUnsigned(TestTokenDescriptor descriptor) => Mint(descriptor, signingCredentials: null);

    /// <summary>A token HMAC-signed with a secret, naming <paramref name="keyId"/> (the RS/HS confusion attack).</summary>
    public static string CreateHs256(TestTokenDescriptor descriptor, string keyId)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256")) { KeyId = keyId };
        return Mint(descriptor, new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));
    }

    private static string Mint(TestTokenDescriptor descriptor, SigningCredentials? signingCredentials)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (signingCredentials is not null)
        {
            // The default factory caches signers by key; test keys share material across tests but not lifetimes.
            signingCredentials.CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false };
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var securityDescriptor = new SecurityTokenDescriptor
        {
            Issuer = descriptor.Issuer,
            Audience = descriptor.Audience,
            IssuedAt = descriptor.IssuedAt.UtcDateTime,
            NotBefore = descriptor.NotBefore?.UtcDateTime,
            Expires = descriptor.Expires?.UtcDateTime,
            Claims = descriptor.Claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!),
            SigningCredentials = signingCredentials,
        };
        return handler.CreateToken(securityDescriptor);
    }
}
