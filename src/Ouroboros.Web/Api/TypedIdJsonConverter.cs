using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ouroboros.Web.Api;

/// <summary>
/// Typed ids (InstrumentId, ClientOrderId, RunId, ...) are one string each: written as that string, not as an object
/// with a Value property, so a client reads "KRX:069500" where the CLI prints it.
/// </summary>
public sealed class TypedIdJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsValueType && typeToConvert.Namespace == "Ouroboros.Domain.Primitives"
            && typeToConvert.GetProperty("Value")?.PropertyType == typeof(string)
            && typeToConvert.GetConstructor([typeof(string)]) is not null;
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(One<>).MakeGenericType(typeToConvert))!;

    private sealed class One<T> : JsonConverter<T>
    {
        private static readonly PropertyInfo ValueProperty = typeof(T).GetProperty("Value")!;
        private static readonly ConstructorInfo Constructor = typeof(T).GetConstructor([typeof(string)])!;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (T)Constructor.Invoke([reader.GetString()]);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue((string?)ValueProperty.GetValue(value));
    }
}
