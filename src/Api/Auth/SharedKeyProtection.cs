using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Recovery.Api.Auth;

/// <summary>
/// Encrypts the sign-in's state and nonce with a key derived from the shared session key, so the provider
/// may send the browser back to any silo, not only to the one that sent it there (each silo's own
/// data-protection keys are its alone).
/// </summary>
internal sealed class SharedKeyProtection(byte[] secret, string purpose = "recovery") : IDataProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.UTF8.GetBytes(purpose));

    public IDataProtector CreateProtector(string child) => new SharedKeyProtection(secret, $"{purpose}/{child}");

    public byte[] Protect(byte[] plaintext)
    {
        var sealedData = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedData.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedData.AsSpan(NonceSize + TagSize), sealedData.AsSpan(NonceSize, TagSize));
        return sealedData;
    }

    public byte[] Unprotect(byte[] protectedData)
    {
        if (protectedData.Length < NonceSize + TagSize) throw new CryptographicException("Too short to be protected data.");
        var plaintext = new byte[protectedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(protectedData.AsSpan(0, NonceSize), protectedData.AsSpan(NonceSize + TagSize), protectedData.AsSpan(NonceSize, TagSize), plaintext);
        return plaintext;
    }
}
