using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LoopGen.Models
{
    /// <summary>
    /// An immutable array with value equality, so that generator models holding arrays compare by
    /// content and the incremental pipeline can cache them.
    /// </summary>
    /// <typeparam name="T">The element type, itself equatable.</typeparam>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
        where T : IEquatable<T>
    {
        private readonly T[]? items;

        public EquatableArray(IEnumerable<T> items)
        {
            this.items = items.ToArray();
        }

        /// <summary>Gets the number of elements.</summary>
        public int Count => this.items?.Length ?? 0;

        /// <summary>Gets an element.</summary>
        /// <param name="index">The index.</param>
        public T this[int index] => this.items![index];

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T> other)
            => (this.items ?? Array.Empty<T>()).AsSpanEquals(other.items ?? Array.Empty<T>());

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && this.Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in this.items ?? Array.Empty<T>())
            {
                hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
            }

            return hash;
        }

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(this.items ?? Array.Empty<T>())).GetEnumerator();

        /// <inheritdoc/>
        IEnumerator IEnumerable.GetEnumerator() => this.GetEnumerator();
    }

    /// <summary>Helpers for <see cref="EquatableArray{T}"/>.</summary>
    internal static class EquatableArray
    {
        /// <summary>Wraps a sequence.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="items">The items.</param>
        /// <returns>The equatable array.</returns>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T>
            => new EquatableArray<T>(items);

        /// <summary>Compares two arrays element by element.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="left">One array.</param>
        /// <param name="right">The other.</param>
        /// <returns>Whether they have equal elements in the same order.</returns>
        public static bool AsSpanEquals<T>(this T[] left, T[] right)
            where T : IEquatable<T>
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Gets an empty array.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <returns>The empty array.</returns>
        public static EquatableArray<T> Empty<T>()
            where T : IEquatable<T>
            => new EquatableArray<T>(ImmutableArray<T>.Empty);
    }
}
