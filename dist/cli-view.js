import { promises, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { g as getDefaultExportFromCjs } from './cli.js';
import { c as relativePosix, I as InputError } from './cli-commands.js';
import { a as entryFiles, f as formatOf, p as scanCsvFile, q as forEachCsvRow, t as progressFor } from './cli-describe.js';

var alea$1 = {exports: {}};

var alea = alea$1.exports;

var hasRequiredAlea;

function requireAlea () {
	if (hasRequiredAlea) return alea$1.exports;
	hasRequiredAlea = 1;
	(function (module) {
		// A port of an algorithm by Johannes Baagøe <baagoe@baagoe.com>, 2010
		// http://baagoe.com/en/RandomMusings/javascript/
		// https://github.com/nquinlan/better-random-numbers-for-javascript-mirror
		// Original work is under MIT license -

		// Copyright (C) 2010 by Johannes Baagøe <baagoe@baagoe.org>
		//
		// Permission is hereby granted, free of charge, to any person obtaining a copy
		// of this software and associated documentation files (the "Software"), to deal
		// in the Software without restriction, including without limitation the rights
		// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
		// copies of the Software, and to permit persons to whom the Software is
		// furnished to do so, subject to the following conditions:
		//
		// The above copyright notice and this permission notice shall be included in
		// all copies or substantial portions of the Software.
		//
		// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
		// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
		// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
		// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
		// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
		// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
		// THE SOFTWARE.



		(function(global, module, define) {

		function Alea(seed) {
		  var me = this, mash = Mash();

		  me.next = function() {
		    var t = 2091639 * me.s0 + me.c * 2.3283064365386963e-10; // 2^-32
		    me.s0 = me.s1;
		    me.s1 = me.s2;
		    return me.s2 = t - (me.c = t | 0);
		  };

		  // Apply the seeding algorithm from Baagoe.
		  me.c = 1;
		  me.s0 = mash(' ');
		  me.s1 = mash(' ');
		  me.s2 = mash(' ');
		  me.s0 -= mash(seed);
		  if (me.s0 < 0) { me.s0 += 1; }
		  me.s1 -= mash(seed);
		  if (me.s1 < 0) { me.s1 += 1; }
		  me.s2 -= mash(seed);
		  if (me.s2 < 0) { me.s2 += 1; }
		  mash = null;
		}

		function copy(f, t) {
		  t.c = f.c;
		  t.s0 = f.s0;
		  t.s1 = f.s1;
		  t.s2 = f.s2;
		  return t;
		}

		function impl(seed, opts) {
		  var xg = new Alea(seed),
		      state = opts && opts.state,
		      prng = xg.next;
		  prng.int32 = function() { return (xg.next() * 0x100000000) | 0; };
		  prng.double = function() {
		    return prng() + (prng() * 0x200000 | 0) * 1.1102230246251565e-16; // 2^-53
		  };
		  prng.quick = prng;
		  if (state) {
		    if (typeof(state) == 'object') copy(state, xg);
		    prng.state = function() { return copy(xg, {}); };
		  }
		  return prng;
		}

		function Mash() {
		  var n = 0xefc8249d;

		  var mash = function(data) {
		    data = String(data);
		    for (var i = 0; i < data.length; i++) {
		      n += data.charCodeAt(i);
		      var h = 0.02519603282416938 * n;
		      n = h >>> 0;
		      h -= n;
		      h *= n;
		      n = h >>> 0;
		      h -= n;
		      n += h * 0x100000000; // 2^32
		    }
		    return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
		  };

		  return mash;
		}


		if (module && module.exports) {
		  module.exports = impl;
		} else {
		  this.alea = impl;
		}

		})(
		  alea,
		  module); 
	} (alea$1));
	return alea$1.exports;
}

var xor128$1 = {exports: {}};

var xor128 = xor128$1.exports;

var hasRequiredXor128;

function requireXor128 () {
	if (hasRequiredXor128) return xor128$1.exports;
	hasRequiredXor128 = 1;
	(function (module) {
		// A Javascript implementaion of the "xor128" prng algorithm by
		// George Marsaglia.  See http://www.jstatsoft.org/v08/i14/paper

		(function(global, module, define) {

		function XorGen(seed) {
		  var me = this, strseed = '';

		  me.x = 0;
		  me.y = 0;
		  me.z = 0;
		  me.w = 0;

		  // Set up generator function.
		  me.next = function() {
		    var t = me.x ^ (me.x << 11);
		    me.x = me.y;
		    me.y = me.z;
		    me.z = me.w;
		    return me.w ^= (me.w >>> 19) ^ t ^ (t >>> 8);
		  };

		  if (seed === (seed | 0)) {
		    // Integer seed.
		    me.x = seed;
		  } else {
		    // String seed.
		    strseed += seed;
		  }

		  // Mix in string seed, then discard an initial batch of 64 values.
		  for (var k = 0; k < strseed.length + 64; k++) {
		    me.x ^= strseed.charCodeAt(k) | 0;
		    me.next();
		  }
		}

		function copy(f, t) {
		  t.x = f.x;
		  t.y = f.y;
		  t.z = f.z;
		  t.w = f.w;
		  return t;
		}

		function impl(seed, opts) {
		  var xg = new XorGen(seed),
		      state = opts && opts.state,
		      prng = function() { return (xg.next() >>> 0) / 0x100000000; };
		  prng.double = function() {
		    do {
		      var top = xg.next() >>> 11,
		          bot = (xg.next() >>> 0) / 0x100000000,
		          result = (top + bot) / (1 << 21);
		    } while (result === 0);
		    return result;
		  };
		  prng.int32 = xg.next;
		  prng.quick = prng;
		  if (state) {
		    if (typeof(state) == 'object') copy(state, xg);
		    prng.state = function() { return copy(xg, {}); };
		  }
		  return prng;
		}

		if (module && module.exports) {
		  module.exports = impl;
		} else {
		  this.xor128 = impl;
		}

		})(
		  xor128,
		  module); 
	} (xor128$1));
	return xor128$1.exports;
}

var xorwow$1 = {exports: {}};

var xorwow = xorwow$1.exports;

var hasRequiredXorwow;

function requireXorwow () {
	if (hasRequiredXorwow) return xorwow$1.exports;
	hasRequiredXorwow = 1;
	(function (module) {
		// A Javascript implementaion of the "xorwow" prng algorithm by
		// George Marsaglia.  See http://www.jstatsoft.org/v08/i14/paper

		(function(global, module, define) {

		function XorGen(seed) {
		  var me = this, strseed = '';

		  // Set up generator function.
		  me.next = function() {
		    var t = (me.x ^ (me.x >>> 2));
		    me.x = me.y; me.y = me.z; me.z = me.w; me.w = me.v;
		    return (me.d = (me.d + 362437 | 0)) +
		       (me.v = (me.v ^ (me.v << 4)) ^ (t ^ (t << 1))) | 0;
		  };

		  me.x = 0;
		  me.y = 0;
		  me.z = 0;
		  me.w = 0;
		  me.v = 0;

		  if (seed === (seed | 0)) {
		    // Integer seed.
		    me.x = seed;
		  } else {
		    // String seed.
		    strseed += seed;
		  }

		  // Mix in string seed, then discard an initial batch of 64 values.
		  for (var k = 0; k < strseed.length + 64; k++) {
		    me.x ^= strseed.charCodeAt(k) | 0;
		    if (k == strseed.length) {
		      me.d = me.x << 10 ^ me.x >>> 4;
		    }
		    me.next();
		  }
		}

		function copy(f, t) {
		  t.x = f.x;
		  t.y = f.y;
		  t.z = f.z;
		  t.w = f.w;
		  t.v = f.v;
		  t.d = f.d;
		  return t;
		}

		function impl(seed, opts) {
		  var xg = new XorGen(seed),
		      state = opts && opts.state,
		      prng = function() { return (xg.next() >>> 0) / 0x100000000; };
		  prng.double = function() {
		    do {
		      var top = xg.next() >>> 11,
		          bot = (xg.next() >>> 0) / 0x100000000,
		          result = (top + bot) / (1 << 21);
		    } while (result === 0);
		    return result;
		  };
		  prng.int32 = xg.next;
		  prng.quick = prng;
		  if (state) {
		    if (typeof(state) == 'object') copy(state, xg);
		    prng.state = function() { return copy(xg, {}); };
		  }
		  return prng;
		}

		if (module && module.exports) {
		  module.exports = impl;
		} else {
		  this.xorwow = impl;
		}

		})(
		  xorwow,
		  module); 
	} (xorwow$1));
	return xorwow$1.exports;
}

var xorshift7$1 = {exports: {}};

var xorshift7 = xorshift7$1.exports;

var hasRequiredXorshift7;

function requireXorshift7 () {
	if (hasRequiredXorshift7) return xorshift7$1.exports;
	hasRequiredXorshift7 = 1;
	(function (module) {
		// A Javascript implementaion of the "xorshift7" algorithm by
		// François Panneton and Pierre L'ecuyer:
		// "On the Xorgshift Random Number Generators"
		// http://saluc.engr.uconn.edu/refs/crypto/rng/panneton05onthexorshift.pdf

		(function(global, module, define) {

		function XorGen(seed) {
		  var me = this;

		  // Set up generator function.
		  me.next = function() {
		    // Update xor generator.
		    var X = me.x, i = me.i, t, v;
		    t = X[i]; t ^= (t >>> 7); v = t ^ (t << 24);
		    t = X[(i + 1) & 7]; v ^= t ^ (t >>> 10);
		    t = X[(i + 3) & 7]; v ^= t ^ (t >>> 3);
		    t = X[(i + 4) & 7]; v ^= t ^ (t << 7);
		    t = X[(i + 7) & 7]; t = t ^ (t << 13); v ^= t ^ (t << 9);
		    X[i] = v;
		    me.i = (i + 1) & 7;
		    return v;
		  };

		  function init(me, seed) {
		    var j, X = [];

		    if (seed === (seed | 0)) {
		      // Seed state array using a 32-bit integer.
		      X[0] = seed;
		    } else {
		      // Seed state using a string.
		      seed = '' + seed;
		      for (j = 0; j < seed.length; ++j) {
		        X[j & 7] = (X[j & 7] << 15) ^
		            (seed.charCodeAt(j) + X[(j + 1) & 7] << 13);
		      }
		    }
		    // Enforce an array length of 8, not all zeroes.
		    while (X.length < 8) X.push(0);
		    for (j = 0; j < 8 && X[j] === 0; ++j);
		    if (j == 8) X[7] = -1; else X[j];

		    me.x = X;
		    me.i = 0;

		    // Discard an initial 256 values.
		    for (j = 256; j > 0; --j) {
		      me.next();
		    }
		  }

		  init(me, seed);
		}

		function copy(f, t) {
		  t.x = f.x.slice();
		  t.i = f.i;
		  return t;
		}

		function impl(seed, opts) {
		  if (seed == null) seed = +(new Date);
		  var xg = new XorGen(seed),
		      state = opts && opts.state,
		      prng = function() { return (xg.next() >>> 0) / 0x100000000; };
		  prng.double = function() {
		    do {
		      var top = xg.next() >>> 11,
		          bot = (xg.next() >>> 0) / 0x100000000,
		          result = (top + bot) / (1 << 21);
		    } while (result === 0);
		    return result;
		  };
		  prng.int32 = xg.next;
		  prng.quick = prng;
		  if (state) {
		    if (state.x) copy(state, xg);
		    prng.state = function() { return copy(xg, {}); };
		  }
		  return prng;
		}

		if (module && module.exports) {
		  module.exports = impl;
		} else {
		  this.xorshift7 = impl;
		}

		})(
		  xorshift7,
		  module); 
	} (xorshift7$1));
	return xorshift7$1.exports;
}

var xor4096$1 = {exports: {}};

var xor4096 = xor4096$1.exports;

var hasRequiredXor4096;

function requireXor4096 () {
	if (hasRequiredXor4096) return xor4096$1.exports;
	hasRequiredXor4096 = 1;
	(function (module) {
		// A Javascript implementaion of Richard Brent's Xorgens xor4096 algorithm.
		//
		// This fast non-cryptographic random number generator is designed for
		// use in Monte-Carlo algorithms. It combines a long-period xorshift
		// generator with a Weyl generator, and it passes all common batteries
		// of stasticial tests for randomness while consuming only a few nanoseconds
		// for each prng generated.  For background on the generator, see Brent's
		// paper: "Some long-period random number generators using shifts and xors."
		// http://arxiv.org/pdf/1004.3115v1.pdf
		//
		// Usage:
		//
		// var xor4096 = require('xor4096');
		// random = xor4096(1);                        // Seed with int32 or string.
		// assert.equal(random(), 0.1520436450538547); // (0, 1) range, 53 bits.
		// assert.equal(random.int32(), 1806534897);   // signed int32, 32 bits.
		//
		// For nonzero numeric keys, this impelementation provides a sequence
		// identical to that by Brent's xorgens 3 implementaion in C.  This
		// implementation also provides for initalizing the generator with
		// string seeds, or for saving and restoring the state of the generator.
		//
		// On Chrome, this prng benchmarks about 2.1 times slower than
		// Javascript's built-in Math.random().

		(function(global, module, define) {

		function XorGen(seed) {
		  var me = this;

		  // Set up generator function.
		  me.next = function() {
		    var w = me.w,
		        X = me.X, i = me.i, t, v;
		    // Update Weyl generator.
		    me.w = w = (w + 0x61c88647) | 0;
		    // Update xor generator.
		    v = X[(i + 34) & 127];
		    t = X[i = ((i + 1) & 127)];
		    v ^= v << 13;
		    t ^= t << 17;
		    v ^= v >>> 15;
		    t ^= t >>> 12;
		    // Update Xor generator array state.
		    v = X[i] = v ^ t;
		    me.i = i;
		    // Result is the combination.
		    return (v + (w ^ (w >>> 16))) | 0;
		  };

		  function init(me, seed) {
		    var t, v, i, j, w, X = [], limit = 128;
		    if (seed === (seed | 0)) {
		      // Numeric seeds initialize v, which is used to generates X.
		      v = seed;
		      seed = null;
		    } else {
		      // String seeds are mixed into v and X one character at a time.
		      seed = seed + '\0';
		      v = 0;
		      limit = Math.max(limit, seed.length);
		    }
		    // Initialize circular array and weyl value.
		    for (i = 0, j = -32; j < limit; ++j) {
		      // Put the unicode characters into the array, and shuffle them.
		      if (seed) v ^= seed.charCodeAt((j + 32) % seed.length);
		      // After 32 shuffles, take v as the starting w value.
		      if (j === 0) w = v;
		      v ^= v << 10;
		      v ^= v >>> 15;
		      v ^= v << 4;
		      v ^= v >>> 13;
		      if (j >= 0) {
		        w = (w + 0x61c88647) | 0;     // Weyl.
		        t = (X[j & 127] ^= (v + w));  // Combine xor and weyl to init array.
		        i = (0 == t) ? i + 1 : 0;     // Count zeroes.
		      }
		    }
		    // We have detected all zeroes; make the key nonzero.
		    if (i >= 128) {
		      X[(seed && seed.length || 0) & 127] = -1;
		    }
		    // Run the generator 512 times to further mix the state before using it.
		    // Factoring this as a function slows the main generator, so it is just
		    // unrolled here.  The weyl generator is not advanced while warming up.
		    i = 127;
		    for (j = 4 * 128; j > 0; --j) {
		      v = X[(i + 34) & 127];
		      t = X[i = ((i + 1) & 127)];
		      v ^= v << 13;
		      t ^= t << 17;
		      v ^= v >>> 15;
		      t ^= t >>> 12;
		      X[i] = v ^ t;
		    }
		    // Storing state as object members is faster than using closure variables.
		    me.w = w;
		    me.X = X;
		    me.i = i;
		  }

		  init(me, seed);
		}

		function copy(f, t) {
		  t.i = f.i;
		  t.w = f.w;
		  t.X = f.X.slice();
		  return t;
		}
		function impl(seed, opts) {
		  if (seed == null) seed = +(new Date);
		  var xg = new XorGen(seed),
		      state = opts && opts.state,
		      prng = function() { return (xg.next() >>> 0) / 0x100000000; };
		  prng.double = function() {
		    do {
		      var top = xg.next() >>> 11,
		          bot = (xg.next() >>> 0) / 0x100000000,
		          result = (top + bot) / (1 << 21);
		    } while (result === 0);
		    return result;
		  };
		  prng.int32 = xg.next;
		  prng.quick = prng;
		  if (state) {
		    if (state.X) copy(state, xg);
		    prng.state = function() { return copy(xg, {}); };
		  }
		  return prng;
		}

		if (module && module.exports) {
		  module.exports = impl;
		} else {
		  this.xor4096 = impl;
		}

		})(
		  xor4096,                                     // window object or global
		  module); 
	} (xor4096$1));
	return xor4096$1.exports;
}

var tychei$1 = {exports: {}};

var tychei = tychei$1.exports;

var hasRequiredTychei;

function requireTychei () {
	if (hasRequiredTychei) return tychei$1.exports;
	hasRequiredTychei = 1;
	(function (module) {
		// A Javascript implementaion of the "Tyche-i" prng algorithm by
		// Samuel Neves and Filipe Araujo.
		// See https://eden.dei.uc.pt/~sneves/pubs/2011-snfa2.pdf

		(function(global, module, define) {

		function XorGen(seed) {
		  var me = this, strseed = '';

		  // Set up generator function.
		  me.next = function() {
		    var b = me.b, c = me.c, d = me.d, a = me.a;
		    b = (b << 25) ^ (b >>> 7) ^ c;
		    c = (c - d) | 0;
		    d = (d << 24) ^ (d >>> 8) ^ a;
		    a = (a - b) | 0;
		    me.b = b = (b << 20) ^ (b >>> 12) ^ c;
		    me.c = c = (c - d) | 0;
		    me.d = (d << 16) ^ (c >>> 16) ^ a;
		    return me.a = (a - b) | 0;
		  };

		  /* The following is non-inverted tyche, which has better internal
		   * bit diffusion, but which is about 25% slower than tyche-i in JS.
		  me.next = function() {
		    var a = me.a, b = me.b, c = me.c, d = me.d;
		    a = (me.a + me.b | 0) >>> 0;
		    d = me.d ^ a; d = d << 16 ^ d >>> 16;
		    c = me.c + d | 0;
		    b = me.b ^ c; b = b << 12 ^ d >>> 20;
		    me.a = a = a + b | 0;
		    d = d ^ a; me.d = d = d << 8 ^ d >>> 24;
		    me.c = c = c + d | 0;
		    b = b ^ c;
		    return me.b = (b << 7 ^ b >>> 25);
		  }
		  */

		  me.a = 0;
		  me.b = 0;
		  me.c = 2654435769 | 0;
		  me.d = 1367130551;

		  if (seed === Math.floor(seed)) {
		    // Integer seed.
		    me.a = (seed / 0x100000000) | 0;
		    me.b = seed | 0;
		  } else {
		    // String seed.
		    strseed += seed;
		  }

		  // Mix in string seed, then discard an initial batch of 64 values.
		  for (var k = 0; k < strseed.length + 20; k++) {
		    me.b ^= strseed.charCodeAt(k) | 0;
		    me.next();
		  }
		}

		function copy(f, t) {
		  t.a = f.a;
		  t.b = f.b;
		  t.c = f.c;
		  t.d = f.d;
		  return t;
		}
		function impl(seed, opts) {
		  var xg = new XorGen(seed),
		      state = opts && opts.state,
		      prng = function() { return (xg.next() >>> 0) / 0x100000000; };
		  prng.double = function() {
		    do {
		      var top = xg.next() >>> 11,
		          bot = (xg.next() >>> 0) / 0x100000000,
		          result = (top + bot) / (1 << 21);
		    } while (result === 0);
		    return result;
		  };
		  prng.int32 = xg.next;
		  prng.quick = prng;
		  if (state) {
		    if (typeof(state) == 'object') copy(state, xg);
		    prng.state = function() { return copy(xg, {}); };
		  }
		  return prng;
		}

		if (module && module.exports) {
		  module.exports = impl;
		} else {
		  this.tychei = impl;
		}

		})(
		  tychei,
		  module); 
	} (tychei$1));
	return tychei$1.exports;
}

var seedrandom$3 = {exports: {}};

/*
Copyright 2019 David Bau.

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
"Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

*/
var seedrandom$2 = seedrandom$3.exports;

var hasRequiredSeedrandom$1;

function requireSeedrandom$1 () {
	if (hasRequiredSeedrandom$1) return seedrandom$3.exports;
	hasRequiredSeedrandom$1 = 1;
	(function (module) {
		(function (global, pool, math) {
		//
		// The following constants are related to IEEE 754 limits.
		//

		var width = 256,        // each RC4 output is 0 <= x < 256
		    chunks = 6,         // at least six RC4 outputs for each double
		    digits = 52,        // there are 52 significant digits in a double
		    rngname = 'random', // rngname: name for Math.random and Math.seedrandom
		    startdenom = math.pow(width, chunks),
		    significance = math.pow(2, digits),
		    overflow = significance * 2,
		    mask = width - 1,
		    nodecrypto;         // node.js crypto module, initialized at the bottom.

		//
		// seedrandom()
		// This is the seedrandom function described above.
		//
		function seedrandom(seed, options, callback) {
		  var key = [];
		  options = (options == true) ? { entropy: true } : (options || {});

		  // Flatten the seed string or build one from local entropy if needed.
		  var shortseed = mixkey(flatten(
		    options.entropy ? [seed, tostring(pool)] :
		    (seed == null) ? autoseed() : seed, 3), key);

		  // Use the seed to initialize an ARC4 generator.
		  var arc4 = new ARC4(key);

		  // This function returns a random double in [0, 1) that contains
		  // randomness in every bit of the mantissa of the IEEE 754 value.
		  var prng = function() {
		    var n = arc4.g(chunks),             // Start with a numerator n < 2 ^ 48
		        d = startdenom,                 //   and denominator d = 2 ^ 48.
		        x = 0;                          //   and no 'extra last byte'.
		    while (n < significance) {          // Fill up all significant digits by
		      n = (n + x) * width;              //   shifting numerator and
		      d *= width;                       //   denominator and generating a
		      x = arc4.g(1);                    //   new least-significant-byte.
		    }
		    while (n >= overflow) {             // To avoid rounding up, before adding
		      n /= 2;                           //   last byte, shift everything
		      d /= 2;                           //   right using integer math until
		      x >>>= 1;                         //   we have exactly the desired bits.
		    }
		    return (n + x) / d;                 // Form the number within [0, 1).
		  };

		  prng.int32 = function() { return arc4.g(4) | 0; };
		  prng.quick = function() { return arc4.g(4) / 0x100000000; };
		  prng.double = prng;

		  // Mix the randomness into accumulated entropy.
		  mixkey(tostring(arc4.S), pool);

		  // Calling convention: what to return as a function of prng, seed, is_math.
		  return (options.pass || callback ||
		      function(prng, seed, is_math_call, state) {
		        if (state) {
		          // Load the arc4 state from the given state if it has an S array.
		          if (state.S) { copy(state, arc4); }
		          // Only provide the .state method if requested via options.state.
		          prng.state = function() { return copy(arc4, {}); };
		        }

		        // If called as a method of Math (Math.seedrandom()), mutate
		        // Math.random because that is how seedrandom.js has worked since v1.0.
		        if (is_math_call) { math[rngname] = prng; return seed; }

		        // Otherwise, it is a newer calling convention, so return the
		        // prng directly.
		        else return prng;
		      })(
		  prng,
		  shortseed,
		  'global' in options ? options.global : (this == math),
		  options.state);
		}

		//
		// ARC4
		//
		// An ARC4 implementation.  The constructor takes a key in the form of
		// an array of at most (width) integers that should be 0 <= x < (width).
		//
		// The g(count) method returns a pseudorandom integer that concatenates
		// the next (count) outputs from ARC4.  Its return value is a number x
		// that is in the range 0 <= x < (width ^ count).
		//
		function ARC4(key) {
		  var t, keylen = key.length,
		      me = this, i = 0, j = me.i = me.j = 0, s = me.S = [];

		  // The empty key [] is treated as [0].
		  if (!keylen) { key = [keylen++]; }

		  // Set up S using the standard key scheduling algorithm.
		  while (i < width) {
		    s[i] = i++;
		  }
		  for (i = 0; i < width; i++) {
		    s[i] = s[j = mask & (j + key[i % keylen] + (t = s[i]))];
		    s[j] = t;
		  }

		  // The "g" method returns the next (count) outputs as one number.
		  (me.g = function(count) {
		    // Using instance members instead of closure state nearly doubles speed.
		    var t, r = 0,
		        i = me.i, j = me.j, s = me.S;
		    while (count--) {
		      t = s[i = mask & (i + 1)];
		      r = r * width + s[mask & ((s[i] = s[j = mask & (j + t)]) + (s[j] = t))];
		    }
		    me.i = i; me.j = j;
		    return r;
		    // For robust unpredictability, the function call below automatically
		    // discards an initial batch of values.  This is called RC4-drop[256].
		    // See http://google.com/search?q=rsa+fluhrer+response&btnI
		  })(width);
		}

		//
		// copy()
		// Copies internal state of ARC4 to or from a plain object.
		//
		function copy(f, t) {
		  t.i = f.i;
		  t.j = f.j;
		  t.S = f.S.slice();
		  return t;
		}
		//
		// flatten()
		// Converts an object tree to nested arrays of strings.
		//
		function flatten(obj, depth) {
		  var result = [], typ = (typeof obj), prop;
		  if (depth && typ == 'object') {
		    for (prop in obj) {
		      try { result.push(flatten(obj[prop], depth - 1)); } catch (e) {}
		    }
		  }
		  return (result.length ? result : typ == 'string' ? obj : obj + '\0');
		}

		//
		// mixkey()
		// Mixes a string seed into a key that is an array of integers, and
		// returns a shortened string seed that is equivalent to the result key.
		//
		function mixkey(seed, key) {
		  var stringseed = seed + '', smear, j = 0;
		  while (j < stringseed.length) {
		    key[mask & j] =
		      mask & ((smear ^= key[mask & j] * 19) + stringseed.charCodeAt(j++));
		  }
		  return tostring(key);
		}

		//
		// autoseed()
		// Returns an object for autoseeding, using window.crypto and Node crypto
		// module if available.
		//
		function autoseed() {
		  try {
		    var out;
		    if (nodecrypto && (out = nodecrypto.randomBytes)) {
		      // The use of 'out' to remember randomBytes makes tight minified code.
		      out = out(width);
		    } else {
		      out = new Uint8Array(width);
		      (global.crypto || global.msCrypto).getRandomValues(out);
		    }
		    return tostring(out);
		  } catch (e) {
		    var browser = global.navigator,
		        plugins = browser && browser.plugins;
		    return [+new Date, global, plugins, global.screen, tostring(pool)];
		  }
		}

		//
		// tostring()
		// Converts an array of charcodes to a string
		//
		function tostring(a) {
		  return String.fromCharCode.apply(0, a);
		}

		//
		// When seedrandom.js is loaded, we immediately mix a few bits
		// from the built-in RNG into the entropy pool.  Because we do
		// not want to interfere with deterministic PRNG state later,
		// seedrandom will not call math.random on its own again after
		// initialization.
		//
		mixkey(math.random(), pool);

		//
		// Nodejs and AMD support: export the implementation as a module using
		// either convention.
		//
		if (module.exports) {
		  module.exports = seedrandom;
		  // When in node.js, try using crypto package for autoseeding.
		  try {
		    nodecrypto = require('crypto');
		  } catch (ex) {}
		} else {
		  // When included as a plain script, set up Math.seedrandom global.
		  math['seed' + rngname] = seedrandom;
		}


		// End anonymous scope, and pass initial values.
		})(
		  // global: `self` in browsers (including strict mode and web workers),
		  // otherwise `this` in Node and other environments
		  (typeof self !== 'undefined') ? self : seedrandom$2,
		  [],     // pool: entropy pool starts empty
		  Math    // math: package containing random, pow, and seedrandom
		); 
	} (seedrandom$3));
	return seedrandom$3.exports;
}

var seedrandom$1;
var hasRequiredSeedrandom;

function requireSeedrandom () {
	if (hasRequiredSeedrandom) return seedrandom$1;
	hasRequiredSeedrandom = 1;
	// A library of seedable RNGs implemented in Javascript.
	//
	// Usage:
	//
	// var seedrandom = require('seedrandom');
	// var random = seedrandom(1); // or any seed.
	// var x = random();       // 0 <= x < 1.  Every bit is random.
	// var x = random.quick(); // 0 <= x < 1.  32 bits of randomness.

	// alea, a 53-bit multiply-with-carry generator by Johannes Baagøe.
	// Period: ~2^116
	// Reported to pass all BigCrush tests.
	var alea = requireAlea();

	// xor128, a pure xor-shift generator by George Marsaglia.
	// Period: 2^128-1.
	// Reported to fail: MatrixRank and LinearComp.
	var xor128 = requireXor128();

	// xorwow, George Marsaglia's 160-bit xor-shift combined plus weyl.
	// Period: 2^192-2^32
	// Reported to fail: CollisionOver, SimpPoker, and LinearComp.
	var xorwow = requireXorwow();

	// xorshift7, by François Panneton and Pierre L'ecuyer, takes
	// a different approach: it adds robustness by allowing more shifts
	// than Marsaglia's original three.  It is a 7-shift generator
	// with 256 bits, that passes BigCrush with no systmatic failures.
	// Period 2^256-1.
	// No systematic BigCrush failures reported.
	var xorshift7 = requireXorshift7();

	// xor4096, by Richard Brent, is a 4096-bit xor-shift with a
	// very long period that also adds a Weyl generator. It also passes
	// BigCrush with no systematic failures.  Its long period may
	// be useful if you have many generators and need to avoid
	// collisions.
	// Period: 2^4128-2^32.
	// No systematic BigCrush failures reported.
	var xor4096 = requireXor4096();

	// Tyche-i, by Samuel Neves and Filipe Araujo, is a bit-shifting random
	// number generator derived from ChaCha, a modern stream cipher.
	// https://eden.dei.uc.pt/~sneves/pubs/2011-snfa2.pdf
	// Period: ~2^127
	// No systematic BigCrush failures reported.
	var tychei = requireTychei();

	// The original ARC4-based prng included in this library.
	// Period: ~2^1600
	var sr = requireSeedrandom$1();

	sr.alea = alea;
	sr.xor128 = xor128;
	sr.xorwow = xorwow;
	sr.xorshift7 = xorshift7;
	sr.xor4096 = xor4096;
	sr.tychei = tychei;

	seedrandom$1 = sr;
	return seedrandom$1;
}

var seedrandomExports = requireSeedrandom();
var seedrandom = /*@__PURE__*/getDefaultExportFromCjs(seedrandomExports);

/** Build the data view for one run; the caller removes it with cleanup() when the run is over. */
async function prepareDataView(ctx, options = {}) {
    const { config } = ctx;
    const root = config.snapshot.root;
    const overrides = [];
    let unshuffled = 0;
    for (const entry of config.snapshot.entries) {
        for (const file of await entryFiles(ctx, entry)) {
            const format = formatOf(file.key, entry.format);
            const shuffle = options.shuffleSeed !== undefined && format === 'csv';
            if (options.shuffleSeed !== undefined && !shuffle)
                unshuffled++;
            const cut = entry.asOf !== undefined;
            if (entry.kind !== 'url' && !cut && !shuffle)
                continue;
            const local = entry.kind === 'url' ? entry.saveAs : file.key;
            overrides.push({
                rel: relativePosix(root, path.resolve(config.dir, local)),
                source: file.abs,
                shown: entry.kind === 'url' ? entry.path : file.abs,
                format,
                entry,
                cut,
                shuffle
            });
        }
    }
    if (overrides.length === 0 && !options.isolate)
        return { dir: config.dir, unshuffled, cleanup: async () => { } };
    const scratch = await promises.mkdtemp(path.join(os.tmpdir(), 'repro-audit-data-'));
    const cleanup = () => promises.rm(scratch, { recursive: true, force: true });
    try {
        const view = path.join(scratch, 'view');
        const mirror = options.isolate && {
            rel: relativePosix(root, config.dir),
            linkWhole: new Set(options.isolate.linkWhole.map(p => relativePosix(root, p)))
        };
        await overlay(root, view, overrides, mirror || undefined);
        for (const o of overrides)
            await writeOverride(o, path.join(view, o.rel), scratch, options);
        return { dir: path.join(view, path.relative(root, config.dir)), unshuffled, cleanup };
    }
    catch (error) {
        await cleanup();
        throw error;
    }
}
/** Files up to this size inside a mirrored folder are copied rather than linked. */
const COPY_BYTES = 256 * 1024;
/** Entries a mirror makes real (folders, copies) before it falls back to linking. */
const MIRROR_BUDGET = 20_000;
/** Folders a mirror links whole: version control, installed packages, caches. */
const LINKED_NAMES = new Set(['.git', '.hg', '.svn', 'node_modules', '.venv', 'venv', '__pycache__']);
/**
 * Mirror `root` into `view` with links, making real folders only along the paths of the
 * overridden files, so those can be written without touching the repository; with `mirror`, the
 * config's folder is made of real folders and copies too (see DataViewOptions.isolate).
 */
async function overlay(root, view, overrides, mirror) {
    const files = new Set(overrides.map(o => o.rel));
    const along = new Set(['']);
    const addAncestors = (rel) => {
        for (let d = rel; d !== '.' && d !== ''; d = path.posix.dirname(d))
            along.add(d);
    };
    for (const rel of files)
        addAncestors(path.posix.dirname(rel));
    if (mirror)
        addAncestors(mirror.rel);
    let budget = MIRROR_BUDGET;
    const inMirror = (rel) => mirror !== undefined && (mirror.rel === '' || rel === mirror.rel || rel.startsWith(`${mirror.rel}/`));
    const fill = async (folder) => {
        await promises.mkdir(path.join(view, folder), { recursive: true });
        let names;
        try {
            names = await promises.readdir(path.join(root, folder));
        }
        catch {
            names = []; // a save_as folder that the repository does not have
        }
        for (const name of names.sort()) {
            const rel = folder ? `${folder}/${name}` : name;
            if (files.has(rel))
                continue;
            if (along.has(rel)) {
                await fill(rel);
                continue;
            }
            const source = path.join(root, rel);
            if (inMirror(rel) && budget > 0 && !LINKED_NAMES.has(name) && !mirror?.linkWhole.has(rel)) {
                const stat = await promises.lstat(source);
                budget--;
                if (stat.isDirectory()) {
                    await fill(rel);
                    continue;
                }
                if (stat.isFile() && stat.size <= COPY_BYTES) {
                    await promises.copyFile(source, path.join(view, rel));
                    continue;
                }
            }
            await link(source, path.join(view, rel));
        }
    };
    await fill('');
}
async function link(target, at) {
    const isFolder = (await promises.stat(target).catch(() => undefined))?.isDirectory() ?? false;
    try {
        await promises.symlink(target, at, isFolder && process.platform === 'win32' ? 'junction' : undefined);
    }
    catch (error) {
        // Windows without the right to make file links: a copy reads the same.
        if (error.code !== 'EPERM' || isFolder)
            throw error;
        await promises.copyFile(target, at);
    }
}
async function writeOverride(o, target, scratch, options) {
    await promises.mkdir(path.dirname(target), { recursive: true });
    try {
        if (!o.cut && !o.shuffle)
            await link(o.source, target);
        else if (o.format === 'csv')
            await writeCsv(o, target, scratch, options);
        else
            await writeParquetCut(o, target);
    }
    catch (error) {
        // Errors about a downloaded copy name the url, not the cache file.
        if (error instanceof InputError && error.file === o.source && o.shown !== o.source)
            throw new InputError(error.message, { file: o.shown, line: error.line });
        throw error;
    }
}
async function progressOf(o, verb) {
    return progressFor(`${verb} ${o.shown === o.source ? o.rel : o.shown}`, (await promises.stat(o.source)).size);
}
function asOfOption(entry) {
    return entry.asOf ? { column: entry.asOf.column, untilMs: entry.asOf.untilMs } : undefined;
}
/** A CSV entry with the time cut applied and/or its rows shuffled; kept rows keep their bytes. */
async function writeCsv(o, target, scratch, options) {
    const out = createWriteStream(target);
    const size = (await promises.stat(o.source)).size;
    const bucketBytes = options.bucketBytes ?? BUCKET_BYTES;
    const seed = `${options.shuffleSeed}:${o.rel}`;
    const inMemory = size <= Math.min(bucketBytes, options.inMemoryBytes ?? IN_MEMORY_BYTES);
    const shuffle = !o.shuffle
        ? undefined
        : inMemory
            ? new MemoryShuffleSink(out, seed)
            : new ShuffleSink(out, path.join(scratch, 'buckets', o.rel), seed, Math.ceil(size / bucketBytes));
    const sink = shuffle ?? new CopySink(out);
    try {
        const progress = await progressOf(o, o.shuffle ? 'shuffling' : 'cutting');
        // The time cut needs the profile's reading of the time column; a shuffle only moves rows.
        const asOf = asOfOption(o.entry);
        if (asOf)
            await scanCsvFile(o.source, { asOf, rows: sink, progress });
        else if (shuffle)
            await forEachCsvRow(o.source, { rows: shuffle, progress });
        else
            throw new Error('a CSV copy that neither cuts nor shuffles'); // writeOverride links those
        await sink.finish();
    }
    finally {
        await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    }
}
/** Bytes gathered in one reused buffer that grows as needed: no object per row. */
class Staging {
    buffer = Buffer.allocUnsafeSlow(1 << 12);
    length = 0;
    /** Room for `bytes` more. */
    reserve(bytes) {
        const need = this.length + bytes;
        if (need <= this.buffer.length)
            return;
        const bigger = Buffer.allocUnsafeSlow(Math.max(need, 2 * this.buffer.length));
        this.buffer.copy(bigger, 0, 0, this.length);
        this.buffer = bigger;
    }
    /** Append `src[start, end)`, after its length as 4 bytes when `withLength`. */
    append(src, withLength, start = 0, end = src.length) {
        this.reserve(end - start + (withLength ? 4 : 0));
        if (withLength)
            this.length = this.buffer.writeUInt32LE(end - start, this.length);
        this.length += src.copy(this.buffer, this.length, start, end);
    }
    get bytes() {
        return this.buffer.subarray(0, this.length);
    }
}
/** Write `bytes` and wait until the stream is done with them, so their buffer can be reused. */
function writeFully(out, bytes) {
    return new Promise((resolve, reject) => out.write(bytes, error => (error ? reject(error) : resolve())));
}
/** Writes the rows in the order they are read, a chunk at a time. */
class CopySink {
    out;
    staged = new Staging();
    constructor(out) {
        this.out = out;
    }
    row(bytes) {
        this.staged.append(bytes, false);
    }
    async flush() {
        if (this.staged.length)
            await writeFully(this.out, this.staged.bytes);
        this.staged.length = 0;
    }
    finish() {
        return this.flush();
    }
}
/** Rows of a bucket file are stored after a 4-byte length. */
const BUCKET_BYTES = 16 << 20;
/** Files up to this size are shuffled in memory, as strings, with no bucket file. */
const IN_MEMORY_BYTES = 8 << 20;
/**
 * A seeded shuffle whose memory does not grow with the file: each row goes to a random bucket file
 * (about 16 MiB each), then every bucket is read back and shuffled in memory. Random buckets plus a
 * random order within each give a uniformly random order of the whole file.
 */
class ShuffleSink {
    out;
    dir;
    random;
    buckets;
    /** Bytes written to each bucket file. */
    sizes;
    header;
    lastNewline = Buffer.from('\n');
    constructor(out, dir, seed, count) {
        this.out = out;
        this.dir = dir;
        this.random = seedrandom(seed);
        this.buckets = Array.from({ length: Math.max(1, count) }, () => new Staging());
        this.sizes = new Array(this.buckets.length).fill(0);
    }
    row(bytes) {
        if (!this.header) {
            this.header = Buffer.from(bytes);
            this.lastNewline = Buffer.from(bytes.toString('latin1').endsWith('\r\n') ? '\r\n' : '\n');
            return;
        }
        this.buckets[Math.floor(this.random() * this.buckets.length)].append(bytes, true);
    }
    /** Append the staged rows to the bucket files: those over their share of 8 MiB, or all. */
    async flush(all = false) {
        await promises.mkdir(this.dir, { recursive: true });
        const share = Math.max(1 << 14, (8 << 20) / this.buckets.length);
        for (const [b, staged] of this.buckets.entries()) {
            if (staged.length === 0 || (!all && staged.length < share))
                continue;
            this.sizes[b] += staged.length;
            await promises.appendFile(path.join(this.dir, `${b}`), staged.bytes);
            staged.length = 0;
        }
    }
    async finish() {
        await this.flush(true);
        if (this.header)
            await writeFully(this.out, withNewline(this.header, this.lastNewline));
        const output = new Staging();
        // One buffer, as large as the largest bucket, is read into for every bucket.
        const buffer = Buffer.allocUnsafeSlow(Math.max(...this.sizes));
        for (let b = 0; b < this.buckets.length; b++) {
            if (this.sizes[b] === 0)
                continue;
            const file = path.join(this.dir, `${b}`);
            const handle = await promises.open(file, 'r');
            try {
                await handle.read(buffer, 0, this.sizes[b], 0);
            }
            finally {
                await handle.close();
            }
            await this.writeShuffled(buffer.subarray(0, this.sizes[b]), output);
            await promises.rm(file, { force: true });
        }
    }
    /** The rows of one bucket (each after its 4-byte length), in a seeded random order. */
    async writeShuffled(data, output) {
        let count = 0;
        for (let at = 0; at < data.length; at += 4 + data.readUInt32LE(at))
            count++;
        const starts = new Uint32Array(count);
        for (let at = 0, k = 0; at < data.length; at += 4 + data.readUInt32LE(at))
            starts[k++] = at;
        shuffleInPlace(starts, this.random);
        // Rows are copied into one reused output buffer, written each time it holds about 1 MiB.
        for (const at of starts) {
            const end = at + 4 + data.readUInt32LE(at);
            output.append(data, false, at + 4, end);
            // The file's last row may end without a line break; in the middle it needs one.
            const last = data[end - 1];
            if (last !== 10 && last !== 13)
                output.append(this.lastNewline, false);
            if (output.length >= 1 << 20) {
                await writeFully(this.out, output.bytes);
                output.length = 0;
            }
        }
        if (output.length)
            await writeFully(this.out, output.bytes);
        output.length = 0;
    }
}
/**
 * The same shuffle for a small file, kept as one list of row strings (latin1, byte for byte) and
 * written at once: no bucket file and no Buffer per row. It makes the random draws of one bucket
 * file, so its order is the one the bucket files would give.
 */
class MemoryShuffleSink {
    out;
    random;
    /** The rows, each ending in a line break. */
    texts = [];
    header;
    lastNewline = '\n';
    constructor(out, seed) {
        this.out = out;
        this.random = seedrandom(seed);
    }
    /** Rows of the time-cut reader, which hands out bytes. */
    row(bytes) {
        this.rowText(bytes.toString('latin1'));
    }
    rowText(text) {
        if (this.header === undefined) {
            this.header = text;
            this.lastNewline = text.endsWith('\r\n') ? '\r\n' : '\n';
            return;
        }
        this.random(); // the draw of a bucket, as with one bucket file
        // The file's last row may end without a line break; moved into the middle it needs one.
        const last = text.charCodeAt(text.length - 1);
        this.texts.push(last === 10 || last === 13 ? text : text + this.lastNewline);
    }
    async flush() { }
    async finish() {
        if (this.header === undefined)
            return;
        const header = Buffer.from(this.header, 'latin1');
        await writeFully(this.out, withNewline(header, Buffer.from(this.lastNewline)));
        shuffleInPlace(this.texts, this.random);
        if (this.texts.length)
            await writeFully(this.out, Buffer.from(this.texts.join(''), 'latin1'));
    }
}
/** The header may be the last line of the file, without a line break. */
function withNewline(line, newline) {
    const last = line[line.length - 1];
    return last === 10 || last === 13 ? line : Buffer.concat([line, newline]);
}
/** Fisher–Yates from the last element down, with the seeded generator. */
function shuffleInPlace(items, random) {
    for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}
/**
 * A Parquet entry with the time cut applied: the kept rows of each row group are written as a row
 * group of the copy, with the source's schema, so column types and names stay as they were.
 */
async function writeParquetCut(o, target) {
    // The Parquet reader and writer are loaded only for Parquet entries.
    const { profileParquet } = await import('./cli-parquet.js');
    const { ParquetWriter, fileWriter } = await import('./cli-node2.js');
    let writer;
    let schema = [];
    await profileParquet(o.source, {
        progress: await progressOf(o, 'cutting'),
        asOf: asOfOption(o.entry),
        rows: {
            start(metadata) {
                schema = metadata.schema;
                const root = schema[0];
                if (schema.length !== (root.num_children ?? 0) + 1)
                    throw new InputError('a time cut of a Parquet file with nested columns is not supported', {
                        file: o.source
                    });
                writer = new ParquetWriter({ writer: fileWriter(target), schema, createdBy: 'repro-audit' });
            },
            async rows(kept) {
                if (!writer || kept.length === 0)
                    return;
                const columnData = schema.slice(1).map((element, c) => ({
                    name: element.name,
                    data: kept.map(row => row[c])
                }));
                await writer.write({ columnData, rowGroupSize: kept.length });
            }
        }
    });
    writer?.finish();
}

var view = /*#__PURE__*/Object.freeze({
  __proto__: null,
  prepareDataView: prepareDataView
});

export { prepareDataView as p, seedrandom as s, view as v };
