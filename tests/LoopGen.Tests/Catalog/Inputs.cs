using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>Seeded random inputs from parameter types, deep clones that keep aliasing, and aliased variants.</summary>
    internal static class Inputs
    {
        /// <summary>Makes a value of a parameter type: scalars are the size (int, long) or random (double); collections have the size.</summary>
        /// <param name="type">The parameter type.</param>
        /// <param name="rng">The random source.</param>
        /// <param name="size">The size.</param>
        /// <returns>The value.</returns>
        public static object? Make(Type type, Random rng, int size)
        {
            if (type == typeof(int))
            {
                return size;
            }

            if (type == typeof(long))
            {
                return (long)size;
            }

            if (type == typeof(double))
            {
                return Math.Round((rng.NextDouble() * 4) - 2, 3);
            }

            if (type == typeof(bool))
            {
                return rng.Next(2) == 0;
            }

            if (type == typeof(string))
            {
                return new string(Enumerable.Range(0, size).Select(_ => (char)('a' + rng.Next(26))).ToArray());
            }

            if (type.IsArray)
            {
                Type element = type.GetElementType()!;
                if (type.GetArrayRank() == 2)
                {
                    var grid = Array.CreateInstance(element, size, size);
                    for (int i = 0; i < size; i++)
                    {
                        for (int j = 0; j < size; j++)
                        {
                            grid.SetValue(Element(element, rng, size), i, j);
                        }
                    }

                    return grid;
                }

                var array = Array.CreateInstance(element, size);
                for (int i = 0; i < size; i++)
                {
                    array.SetValue(element.IsArray ? Make(element, rng, size) : Element(element, rng, size), i);
                }

                return array;
            }

            if (type.IsGenericType)
            {
                Type definition = type.GetGenericTypeDefinition();
                Type element = type.GetGenericArguments()[0];
                if (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>))
                {
                    var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                    for (int i = 0; i < size; i++)
                    {
                        list.Add(element == typeof(int) ? rng.Next(-5, 30) : Element(element, rng, size));
                    }

                    return list;
                }
            }

            throw new NotSupportedException($"no input maker for parameter type {type}");
        }

        /// <summary>Deep-clones arguments, keeping which of them (and of their rows) are the same object.</summary>
        /// <param name="values">The arguments.</param>
        /// <returns>The copies.</returns>
        public static object?[] Clone(object?[] values)
        {
            var map = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
            return values.Select(v => Clone(v, map)).ToArray();
        }

        /// <summary>
        /// Variants of the arguments where parameters share objects: every pair where one array argument can be
        /// passed for the other parameter, a row of a jagged argument passed for a one-dimensional array parameter,
        /// and a jagged argument whose first two rows are the same array.
        /// </summary>
        /// <param name="types">The parameter types.</param>
        /// <param name="values">The arguments.</param>
        /// <returns>Labelled variants.</returns>
        public static IEnumerable<(string Label, object?[] Values)> Aliasings(Type[] types, object?[] values)
        {
            for (int p = 0; p < types.Length; p++)
            {
                if (values[p] is not Array source)
                {
                    continue;
                }

                for (int q = 0; q < types.Length; q++)
                {
                    if (q == p || values[q] is null)
                    {
                        continue;
                    }

                    if (types[q].IsAssignableFrom(source.GetType()) && !(types[p] == types[q] && q < p))
                    {
                        object?[] copy = Clone(values);
                        copy[q] = copy[p];
                        yield return ($"argument {p} passed as {q}", copy);
                    }

                    if (source.Rank == 1 && source.GetType().GetElementType()!.IsArray && source.Length > 0
                        && types[q].IsAssignableFrom(source.GetType().GetElementType()!))
                    {
                        object?[] copy = Clone(values);
                        copy[q] = ((Array)copy[p]!).GetValue(source.Length / 2);
                        yield return ($"middle row of argument {p} passed as {q}", copy);
                    }
                }

                if (source.Rank == 1 && source.GetType().GetElementType()!.IsArray && source.Length >= 2)
                {
                    object?[] copy = Clone(values);
                    var rows = (Array)copy[p]!;
                    rows.SetValue(rows.GetValue(0), 1);
                    yield return ($"argument {p} with rows 0 and 1 shared", copy);
                }
            }
        }

        private static object Element(Type element, Random rng, int size)
        {
            if (element == typeof(int))
            {
                return rng.Next(-20, 40);
            }

            if (element == typeof(long))
            {
                return (long)rng.Next(-20, 40);
            }

            if (element == typeof(double))
            {
                return Math.Round((rng.NextDouble() * 20) - 10, 2);
            }

            if (element == typeof(bool))
            {
                return rng.Next(2) == 0;
            }

            if (element == typeof(string))
            {
                return new string(Enumerable.Range(0, rng.Next(0, 4)).Select(_ => (char)('a' + rng.Next(26))).ToArray());
            }

            if (element.IsValueType && !element.IsPrimitive && !element.IsEnum)
            {
                // A struct of the catalog: its public fields, each made like an element.
                object value = Activator.CreateInstance(element)!;
                foreach (System.Reflection.FieldInfo field in element.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                {
                    field.SetValue(value, Element(field.FieldType, rng, size));
                }

                return value;
            }

            throw new NotSupportedException($"no element maker for {element}");
        }

        private static object? Clone(object? value, Dictionary<object, object> map)
        {
            if (value is null || value is string || value.GetType().IsValueType)
            {
                return value;
            }

            if (map.TryGetValue(value, out object? done))
            {
                return done;
            }

            switch (value)
            {
                case Array array:
                    var copy = (Array)array.Clone();
                    map[value] = copy;
                    Type element = array.GetType().GetElementType()!;
                    if (!element.IsValueType && element != typeof(string))
                    {
                        int[] index = new int[array.Rank];
                        for (long k = 0; k < array.LongLength; k++)
                        {
                            long rest = k;
                            for (int d = array.Rank - 1; d >= 0; d--)
                            {
                                index[d] = (int)(rest % array.GetLength(d));
                                rest /= array.GetLength(d);
                            }

                            copy.SetValue(Clone(array.GetValue(index), map), index);
                        }
                    }

                    return copy;
                case IList list when value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(List<>):
                    var fresh = (IList)Activator.CreateInstance(value.GetType())!;
                    map[value] = fresh;
                    foreach (object? item in list)
                    {
                        fresh.Add(Clone(item, map));
                    }

                    return fresh;
                default:
                    return value;
            }
        }
    }
}
