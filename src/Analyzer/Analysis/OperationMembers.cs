using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>
    /// Reads the methods an operation may run, from every property of its public operation interfaces
    /// that holds a method, a property or a conversion (a user operator, a pattern's Deconstruct, Length or
    /// indexer, a record's clone, a collection builder...). It is read by reflection, not by a list of
    /// operation kinds, so that a member the compiler calls implicitly in a form the walker does not know
    /// yet is still seen: the nest walker checks that it looked into each one (its structural backstop).
    /// </summary>
    internal static class OperationMembers
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Readers = new ConcurrentDictionary<Type, PropertyInfo[]>();

        /// <summary>Gets the methods of properties and conversions the operation names, with the accessors its use of a property runs.</summary>
        /// <param name="operation">The operation.</param>
        /// <returns>The methods; an invocation's target is left out (the walker's call check owns it).</returns>
        public static IEnumerable<IMethodSymbol> Of(IOperation operation)
        {
            foreach (PropertyInfo reader in Readers.GetOrAdd(operation.GetType(), Find))
            {
                object? value;
                try
                {
                    value = reader.GetValue(operation);
                }
                catch (TargetInvocationException)
                {
                    // A property the compiler could not compute on broken code: nothing to read.
                    continue;
                }

                switch (value)
                {
                    case IMethodSymbol method:
                        yield return method;
                        break;
                    case IPropertySymbol property:
                        foreach (IMethodSymbol accessor in Accessors(property, operation))
                        {
                            yield return accessor;
                        }

                        break;
                    case CommonConversion { MethodSymbol: { } conversion }:
                        yield return conversion;
                        break;
                }
            }
        }

        private static IEnumerable<IMethodSymbol> Accessors(IPropertySymbol property, IOperation operation)
        {
            // A property reference runs its getter unless it is only written, and its setter when it is written; any
            // other operation naming a property (a list pattern's Length, an implicit indexer) reads it.
            bool reference = operation is IPropertyReferenceOperation;
            if (!(reference && NestWalker.IsOnlyWritten(operation)) && property.GetMethod is { } getter)
            {
                yield return getter;
            }

            if (reference && NestWalker.IsWrittenTo(operation) && property.SetMethod is { } setter)
            {
                yield return setter;
            }
        }

        private static PropertyInfo[] Find(Type type)
            => type.GetInterfaces()
                .Where(i => i.IsPublic && i.Namespace == typeof(IInvocationOperation).Namespace && typeof(IOperation).IsAssignableFrom(i) && i != typeof(IInvocationOperation))
                .SelectMany(i => i.GetProperties())
                .Where(p => p.GetIndexParameters().Length == 0
                    && (p.PropertyType == typeof(CommonConversion) || typeof(IMethodSymbol).IsAssignableFrom(p.PropertyType) || typeof(IPropertySymbol).IsAssignableFrom(p.PropertyType)
                        || p.PropertyType == typeof(ISymbol)))
                .ToArray();
    }
}
