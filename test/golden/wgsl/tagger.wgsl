// ======== kernel run_0_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %2 = seq_mask %1, %0  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let v0 = i32(i1);
  let v1 = bitcast<i32>(W[u.B * u.T + i0]);
  let v2 = v0 < v1;
  let v3 = select(0.0f, 1.0f, v2);
  W[i0 * u.T + u.B * u.T + i1 + u.B] = bitcast<u32>(v3);
}

// ======== kernel run_1_gather ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %4 = gather %3, %0  gather x 16, vocabulary 500
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 16) { return; }
  let d = gid % 16;
  var r_ = gid / 16;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1]);
  var x = 0.0f;
  if (id >= 0 && id < 500) { x = bitcast<f32>(M[d + id * 16]); }
  W[i0 * u.T * 16 + u.B * u.T * 2 + d + i1 * 16 + u.B] = bitcast<u32>(x);
}

// ======== kernel run_2_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (6 kernels)  [16, 24]
//   %16 = concat %5, %6, %7 axis=1 (piece 1/3)
//   %16 = concat %5, %6, %7 axis=1 (piece 2/3)
//   %16 = concat %5, %6, %7 axis=1 (piece 3/3)
//   %31 = concat %21, %22, %23 axis=1 (piece 1/3)
//   %31 = concat %21, %22, %23 axis=1 (piece 2/3)
//   %31 = concat %21, %22, %23 axis=1 (piece 3/3)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 384) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 24 + i1 + 8000]);
  let v1 = bitcast<f32>(M[i0 * 24 + i1 + 8384]);
  let v2 = bitcast<f32>(M[i0 * 24 + i1 + 8768]);
  let v3 = bitcast<f32>(M[i0 * 24 + i1 + 10976]);
  let v4 = bitcast<f32>(M[i0 * 24 + i1 + 11360]);
  let v5 = bitcast<f32>(M[i0 * 24 + i1 + 11744]);
  M[i0 * 72 + i1 + 24956] = bitcast<u32>(v0);
  M[i0 * 72 + i1 + 24980] = bitcast<u32>(v1);
  M[i0 * 72 + i1 + 25004] = bitcast<u32>(v2);
  M[i0 * 72 + i1 + 28412] = bitcast<u32>(v3);
  M[i0 * 72 + i1 + 28436] = bitcast<u32>(v4);
  M[i0 * 72 + i1 + 28460] = bitcast<u32>(v5);
}

// ======== kernel run_3_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %17 = matmul %4, %16  [u.B * u.T, 16] x [16, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 16;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 24956) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 24956) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 24956) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 24956) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 16 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 16 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 16 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 16 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 16 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 16 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 16 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 16 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 16 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 16 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 16 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 16 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 16 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 16 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 16 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 16 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_4_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (12 kernels)  [24, 24]
//   %18 = concat %8, %9, %10 axis=1 (piece 1/3)
//   %18 = concat %8, %9, %10 axis=1 (piece 2/3)
//   %18 = concat %8, %9, %10 axis=1 (piece 3/3)
//   %33 = concat %24, %25, %26 axis=1 (piece 1/3)
//   %33 = concat %24, %25, %26 axis=1 (piece 2/3)
//   %33 = concat %24, %25, %26 axis=1 (piece 3/3)
//   %49 = concat %40, %41, %42 axis=1 (piece 1/3)
//   %49 = concat %40, %41, %42 axis=1 (piece 2/3)
//   %49 = concat %40, %41, %42 axis=1 (piece 3/3)
//   %64 = concat %55, %56, %57 axis=1 (piece 1/3)
//   %64 = concat %55, %56, %57 axis=1 (piece 2/3)
//   %64 = concat %55, %56, %57 axis=1 (piece 3/3)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 576) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 24 + i1 + 9152]);
  let v1 = bitcast<f32>(M[i0 * 24 + i1 + 9728]);
  let v2 = bitcast<f32>(M[i0 * 24 + i1 + 10304]);
  let v3 = bitcast<f32>(M[i0 * 24 + i1 + 12128]);
  let v4 = bitcast<f32>(M[i0 * 24 + i1 + 12704]);
  let v5 = bitcast<f32>(M[i0 * 24 + i1 + 13280]);
  let v6 = bitcast<f32>(M[i0 * 24 + i1 + 17408]);
  let v7 = bitcast<f32>(M[i0 * 24 + i1 + 17984]);
  let v8 = bitcast<f32>(M[i0 * 24 + i1 + 18560]);
  let v9 = bitcast<f32>(M[i0 * 24 + i1 + 22688]);
  let v10 = bitcast<f32>(M[i0 * 24 + i1 + 23264]);
  let v11 = bitcast<f32>(M[i0 * 24 + i1 + 23840]);
  M[i0 * 72 + i1 + 24956] = bitcast<u32>(v0);
  M[i0 * 72 + i1 + 24980] = bitcast<u32>(v1);
  M[i0 * 72 + i1 + 25004] = bitcast<u32>(v2);
  M[i0 * 72 + i1 + 31868] = bitcast<u32>(v3);
  M[i0 * 72 + i1 + 31892] = bitcast<u32>(v4);
  M[i0 * 72 + i1 + 31916] = bitcast<u32>(v5);
  M[i0 * 72 + i1 + 33596] = bitcast<u32>(v6);
  M[i0 * 72 + i1 + 33620] = bitcast<u32>(v7);
  M[i0 * 72 + i1 + 33644] = bitcast<u32>(v8);
  M[i0 * 72 + i1 + 35324] = bitcast<u32>(v9);
  M[i0 * 72 + i1 + 35348] = bitcast<u32>(v10);
  M[i0 * 72 + i1 + 35372] = bitcast<u32>(v11);
}

// ======== kernel run_5_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (4 kernels)  [u.B, 24]
//   %19 = scan: init carry 'h'
//   %34 = scan: init carry 'h'
//   %50 = scan: init carry 'h'
//   %65 = scan: init carry 'h'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 24) { return; }
  let i0 = gid;
  W[u.B * u.T * 146 + i0 + u.B] = bitcast<u32>(0.0f);
  W[u.B * u.T * 170 + i0 + u.B * 97] = bitcast<u32>(0.0f);
  W[u.B * u.T * 170 + i0 + u.B * 121] = bitcast<u32>(0.0f);
  W[u.B * u.T * 170 + i0 + u.B * 145] = bitcast<u32>(0.0f);
}

// ======== kernel run_6_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %19 body: %10 = matmul %0, %6  [u.B, 24] x [24, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 24;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 24956) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 24956) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 24956) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 24956) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 146 + kk + row0 * 24 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 146 + kk + row1 * 24 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 146 + kk + row2 * 24 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 146 + kk + row3 * 24 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 146 + kk + row4 * 24 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 146 + kk + row5 * 24 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 146 + kk + row6 * 24 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 146 + kk + row7 * 24 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 146 + kk + row8 * 24 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 146 + kk + row9 * 24 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 146 + kk + row10 * 24 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 146 + kk + row11 * 24 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 146 + kk + row12 * 24 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 146 + kk + row13 * 24 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 146 + kk + row14 * 24 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 146 + kk + row15 * 24 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_7_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (18 kernels)  [u.B, 24]
//   scan %19 body: %14 = add %7, %11
//   scan %19 body: %15 = add %14, %2
//   scan %19 body: %16 = sigmoid %15
//   scan %19 body: %17 = add %8, %12
//   scan %19 body: %18 = add %17, %3
//   scan %19 body: %19 = sigmoid %18
//   scan %19 body: %20 = add %9, %4
//   scan %19 body: %21 = add %13, %5
//   scan %19 body: %22 = mul %19, %21
//   scan %19 body: %23 = add %20, %22
//   scan %19 body: %24 = tanh %23
//   scan %19 body: %25 = mul %16, %0
//   scan %19 body: %26 = neg %16
//   scan %19 body: %28 = add %26, %27
//   scan %19 body: %29 = mul %28, %24
//   scan %19 body: %30 = add %25, %29
//   %19 = scan: step output 'h' = %30 at t (masked: zero)
//   %19 = scan: carry 'h' = %30 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.B + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 74 + i1 + u.B + u.l0 * 72]);
  let v3 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25]);
  let v4 = v2 + v3;
  let v5 = bitcast<f32>(M[i1 + 10880]);
  let v6 = v4 + v5;
  let v7 = (1.0f / (1.0f + exp(-(v6))));
  let v8 = bitcast<f32>(W[u.B * u.T * 146 + i0 * 24 + i1 + u.B]);
  let v9 = v7 * v8;
  let v10 = (-(v7));
  let v11 = v10 + 1.0f;
  let v12 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 74 + i1 + u.B + u.l0 * 72 + 48]);
  let v13 = bitcast<f32>(M[i1 + 10928]);
  let v14 = v12 + v13;
  let v15 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 74 + i1 + u.B + u.l0 * 72 + 24]);
  let v16 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 24]);
  let v17 = v15 + v16;
  let v18 = bitcast<f32>(M[i1 + 10904]);
  let v19 = v17 + v18;
  let v20 = (1.0f / (1.0f + exp(-(v19))));
  let v21 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 48]);
  let v22 = bitcast<f32>(M[i1 + 10952]);
  let v23 = v21 + v22;
  let v24 = v20 * v23;
  let v25 = v14 + v24;
  let v26 = tanh(clamp(v25, -15.0f, 15.0f));
  let v27 = v11 * v26;
  let v28 = v9 + v27;
  let v29 = select(v28, 0.0f, v1);
  let v30 = select(v28, v8, v1);
  W[i0 * u.T * 24 + u.B * u.T * 146 + i1 + u.B * 25 + u.l0 * 24] = bitcast<u32>(v29);
  W[u.B * u.T * 146 + i0 * 24 + i1 + u.B] = bitcast<u32>(v30);
}

// ======== kernel run_8_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %32 = matmul %4, %31  [u.B * u.T, 16] x [16, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 16;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 28412) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 28412) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 28412) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 28412) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 16 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 16 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 16 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 16 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 16 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 16 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 16 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 16 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 16 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 16 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 16 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 16 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 16 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 16 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 16 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 16 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 74 + (quad0 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 74 + (quad0 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 74 + (quad0 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 74 + (quad0 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 74 + (quad1 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 74 + (quad1 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 74 + (quad1 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 74 + (quad1 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 74 + (quad2 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 74 + (quad2 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 74 + (quad2 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 74 + (quad2 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 74 + (quad3 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 74 + (quad3 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 74 + (quad3 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 74 + (quad3 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_9_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %34 body: %10 = matmul %0, %6  [u.B, 24] x [24, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 24;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 31868) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 31868) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 31868) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 31868) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 170 + kk + row0 * 24 + u.B * 97]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 170 + kk + row1 * 24 + u.B * 97]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 170 + kk + row2 * 24 + u.B * 97]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 170 + kk + row3 * 24 + u.B * 97]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 170 + kk + row4 * 24 + u.B * 97]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 170 + kk + row5 * 24 + u.B * 97]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 170 + kk + row6 * 24 + u.B * 97]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 170 + kk + row7 * 24 + u.B * 97]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 170 + kk + row8 * 24 + u.B * 97]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 170 + kk + row9 * 24 + u.B * 97]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 170 + kk + row10 * 24 + u.B * 97]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 170 + kk + row11 * 24 + u.B * 97]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 170 + kk + row12 * 24 + u.B * 97]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 170 + kk + row13 * 24 + u.B * 97]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 170 + kk + row14 * 24 + u.B * 97]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 170 + kk + row15 * 24 + u.B * 97]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_10_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (18 kernels)  [u.B, 24]
//   scan %34 body: %14 = add %7, %11
//   scan %34 body: %15 = add %14, %2
//   scan %34 body: %16 = sigmoid %15
//   scan %34 body: %17 = add %8, %12
//   scan %34 body: %18 = add %17, %3
//   scan %34 body: %19 = sigmoid %18
//   scan %34 body: %20 = add %9, %4
//   scan %34 body: %21 = add %13, %5
//   scan %34 body: %22 = mul %19, %21
//   scan %34 body: %23 = add %20, %22
//   scan %34 body: %24 = tanh %23
//   scan %34 body: %25 = mul %16, %0
//   scan %34 body: %26 = neg %16
//   scan %34 body: %28 = add %26, %27
//   scan %34 body: %29 = mul %28, %24
//   scan %34 body: %30 = add %25, %29
//   %34 = scan: step output 'h' = %30 at t (masked: zero)
//   %34 = scan: carry 'h' = %30 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.B + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 74 + i1 + u.B + u.l0 * 72]);
  let v3 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25]);
  let v4 = v2 + v3;
  let v5 = bitcast<f32>(M[i1 + 13856]);
  let v6 = v4 + v5;
  let v7 = (1.0f / (1.0f + exp(-(v6))));
  let v8 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 24 + i1 + u.B * 97]);
  let v9 = v7 * v8;
  let v10 = (-(v7));
  let v11 = v10 + 1.0f;
  let v12 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 74 + i1 + u.B + u.l0 * 72 + 48]);
  let v13 = bitcast<f32>(M[i1 + 13904]);
  let v14 = v12 + v13;
  let v15 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 74 + i1 + u.B + u.l0 * 72 + 24]);
  let v16 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 24]);
  let v17 = v15 + v16;
  let v18 = bitcast<f32>(M[i1 + 13880]);
  let v19 = v17 + v18;
  let v20 = (1.0f / (1.0f + exp(-(v19))));
  let v21 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 48]);
  let v22 = bitcast<f32>(M[i1 + 13928]);
  let v23 = v21 + v22;
  let v24 = v20 * v23;
  let v25 = v14 + v24;
  let v26 = tanh(clamp(v25, -15.0f, 15.0f));
  let v27 = v11 * v26;
  let v28 = v9 + v27;
  let v29 = select(v28, 0.0f, v1);
  let v30 = select(v28, v8, v1);
  W[i0 * u.T * 24 + u.B * u.T * 2 + i1 + u.B + u.l0 * 24] = bitcast<u32>(v29);
  W[u.B * u.T * 170 + i0 * 24 + i1 + u.B * 97] = bitcast<u32>(v30);
}

// ======== kernel run_11_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %36 = concat %20, %35 axis=2 (piece 1/2)  [u.B, u.T, 24]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 146 + i0 * 24 + i1 + u.B * 25]);
  W[u.B * u.T * 74 + i0 * 48 + i1 + u.B] = bitcast<u32>(v0);
}

// ======== kernel run_12_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %36 = concat %20, %35 axis=2 (piece 2/2)  [u.B, u.T, 24]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 2 + i0 * 24 + i1 + u.B]);
  W[u.B * u.T * 74 + i0 * 48 + i1 + u.B + 24] = bitcast<u32>(v0);
}

// ======== kernel run_13_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (6 kernels)  [48, 24]
//   %47 = concat %37, %38, %39 axis=1 (piece 1/3)
//   %47 = concat %37, %38, %39 axis=1 (piece 2/3)
//   %47 = concat %37, %38, %39 axis=1 (piece 3/3)
//   %62 = concat %52, %53, %54 axis=1 (piece 1/3)
//   %62 = concat %52, %53, %54 axis=1 (piece 2/3)
//   %62 = concat %52, %53, %54 axis=1 (piece 3/3)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1152) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 24 + i1 + 13952]);
  let v1 = bitcast<f32>(M[i0 * 24 + i1 + 15104]);
  let v2 = bitcast<f32>(M[i0 * 24 + i1 + 16256]);
  let v3 = bitcast<f32>(M[i0 * 24 + i1 + 19232]);
  let v4 = bitcast<f32>(M[i0 * 24 + i1 + 20384]);
  let v5 = bitcast<f32>(M[i0 * 24 + i1 + 21536]);
  M[i0 * 72 + i1 + 24956] = bitcast<u32>(v0);
  M[i0 * 72 + i1 + 24980] = bitcast<u32>(v1);
  M[i0 * 72 + i1 + 25004] = bitcast<u32>(v2);
  M[i0 * 72 + i1 + 28412] = bitcast<u32>(v3);
  M[i0 * 72 + i1 + 28436] = bitcast<u32>(v4);
  M[i0 * 72 + i1 + 28460] = bitcast<u32>(v5);
}

// ======== kernel run_14_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %48 = matmul %36, %47  [u.B * u.T, 48] x [48, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 48;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 24956) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 24956) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 24956) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 24956) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 74 + kk + row0 * 48 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 74 + kk + row1 * 48 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 74 + kk + row2 * 48 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 74 + kk + row3 * 48 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 74 + kk + row4 * 48 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 74 + kk + row5 * 48 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 74 + kk + row6 * 48 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 74 + kk + row7 * 48 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 74 + kk + row8 * 48 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 74 + kk + row9 * 48 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 74 + kk + row10 * 48 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 74 + kk + row11 * 48 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 74 + kk + row12 * 48 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 74 + kk + row13 * 48 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 74 + kk + row14 * 48 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 74 + kk + row15 * 48 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_15_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %50 body: %10 = matmul %0, %6  [u.B, 24] x [24, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 24;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 33596) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 33596) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 33596) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 33596) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 170 + kk + row0 * 24 + u.B * 121]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 170 + kk + row1 * 24 + u.B * 121]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 170 + kk + row2 * 24 + u.B * 121]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 170 + kk + row3 * 24 + u.B * 121]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 170 + kk + row4 * 24 + u.B * 121]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 170 + kk + row5 * 24 + u.B * 121]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 170 + kk + row6 * 24 + u.B * 121]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 170 + kk + row7 * 24 + u.B * 121]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 170 + kk + row8 * 24 + u.B * 121]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 170 + kk + row9 * 24 + u.B * 121]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 170 + kk + row10 * 24 + u.B * 121]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 170 + kk + row11 * 24 + u.B * 121]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 170 + kk + row12 * 24 + u.B * 121]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 170 + kk + row13 * 24 + u.B * 121]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 170 + kk + row14 * 24 + u.B * 121]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 170 + kk + row15 * 24 + u.B * 121]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_16_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (18 kernels)  [u.B, 24]
//   scan %50 body: %14 = add %7, %11
//   scan %50 body: %15 = add %14, %2
//   scan %50 body: %16 = sigmoid %15
//   scan %50 body: %17 = add %8, %12
//   scan %50 body: %18 = add %17, %3
//   scan %50 body: %19 = sigmoid %18
//   scan %50 body: %20 = add %9, %4
//   scan %50 body: %21 = add %13, %5
//   scan %50 body: %22 = mul %19, %21
//   scan %50 body: %23 = add %20, %22
//   scan %50 body: %24 = tanh %23
//   scan %50 body: %25 = mul %16, %0
//   scan %50 body: %26 = neg %16
//   scan %50 body: %28 = add %26, %27
//   scan %50 body: %29 = mul %28, %24
//   scan %50 body: %30 = add %25, %29
//   %50 = scan: step output 'h' = %30 at t (masked: zero)
//   %50 = scan: carry 'h' = %30 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.B + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 2 + i1 + u.B + u.l0 * 72]);
  let v3 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25]);
  let v4 = v2 + v3;
  let v5 = bitcast<f32>(M[i1 + 19136]);
  let v6 = v4 + v5;
  let v7 = (1.0f / (1.0f + exp(-(v6))));
  let v8 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 24 + i1 + u.B * 121]);
  let v9 = v7 * v8;
  let v10 = (-(v7));
  let v11 = v10 + 1.0f;
  let v12 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 2 + i1 + u.B + u.l0 * 72 + 48]);
  let v13 = bitcast<f32>(M[i1 + 19184]);
  let v14 = v12 + v13;
  let v15 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 2 + i1 + u.B + u.l0 * 72 + 24]);
  let v16 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 24]);
  let v17 = v15 + v16;
  let v18 = bitcast<f32>(M[i1 + 19160]);
  let v19 = v17 + v18;
  let v20 = (1.0f / (1.0f + exp(-(v19))));
  let v21 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 48]);
  let v22 = bitcast<f32>(M[i1 + 19208]);
  let v23 = v21 + v22;
  let v24 = v20 * v23;
  let v25 = v14 + v24;
  let v26 = tanh(clamp(v25, -15.0f, 15.0f));
  let v27 = v11 * v26;
  let v28 = v9 + v27;
  let v29 = select(v28, 0.0f, v1);
  let v30 = select(v28, v8, v1);
  W[i0 * u.T * 24 + u.B * u.T * 146 + i1 + u.B * 25 + u.l0 * 24] = bitcast<u32>(v29);
  W[u.B * u.T * 170 + i0 * 24 + i1 + u.B * 121] = bitcast<u32>(v30);
}

// ======== kernel run_17_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %63 = matmul %36, %62  [u.B * u.T, 48] x [48, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 48;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 28412) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 28412) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 28412) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 28412) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 74 + kk + row0 * 48 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 74 + kk + row1 * 48 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 74 + kk + row2 * 48 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 74 + kk + row3 * 48 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 74 + kk + row4 * 48 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 74 + kk + row5 * 48 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 74 + kk + row6 * 48 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 74 + kk + row7 * 48 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 74 + kk + row8 * 48 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 74 + kk + row9 * 48 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 74 + kk + row10 * 48 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 74 + kk + row11 * 48 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 74 + kk + row12 * 48 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 74 + kk + row13 * 48 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 74 + kk + row14 * 48 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 74 + kk + row15 * 48 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row0 * 72 + u.B] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row0 * 72 + u.B] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row0 * 72 + u.B] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row0 * 72 + u.B] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row1 * 72 + u.B] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row1 * 72 + u.B] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row1 * 72 + u.B] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row1 * 72 + u.B] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row2 * 72 + u.B] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row2 * 72 + u.B] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row2 * 72 + u.B] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row2 * 72 + u.B] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row3 * 72 + u.B] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row3 * 72 + u.B] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row3 * 72 + u.B] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row3 * 72 + u.B] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row4 * 72 + u.B] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row4 * 72 + u.B] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row4 * 72 + u.B] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row4 * 72 + u.B] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row5 * 72 + u.B] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row5 * 72 + u.B] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row5 * 72 + u.B] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row5 * 72 + u.B] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row6 * 72 + u.B] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row6 * 72 + u.B] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row6 * 72 + u.B] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row6 * 72 + u.B] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row7 * 72 + u.B] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row7 * 72 + u.B] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row7 * 72 + u.B] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row7 * 72 + u.B] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row8 * 72 + u.B] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row8 * 72 + u.B] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row8 * 72 + u.B] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row8 * 72 + u.B] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row9 * 72 + u.B] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row9 * 72 + u.B] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row9 * 72 + u.B] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row9 * 72 + u.B] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row10 * 72 + u.B] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row10 * 72 + u.B] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row10 * 72 + u.B] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row10 * 72 + u.B] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row11 * 72 + u.B] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row11 * 72 + u.B] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row11 * 72 + u.B] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row11 * 72 + u.B] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row12 * 72 + u.B] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row12 * 72 + u.B] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row12 * 72 + u.B] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row12 * 72 + u.B] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row13 * 72 + u.B] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row13 * 72 + u.B] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row13 * 72 + u.B] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row13 * 72 + u.B] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row14 * 72 + u.B] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row14 * 72 + u.B] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row14 * 72 + u.B] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row14 * 72 + u.B] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 2 + (quad0 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 2 + (quad0 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 2 + (quad0 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 2 + (quad0 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 2 + (quad1 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 2 + (quad1 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 2 + (quad1 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 2 + (quad1 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 2 + (quad2 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 2 + (quad2 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 2 + (quad2 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 2 + (quad2 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 2 + (quad3 + 0) + row15 * 72 + u.B] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 2 + (quad3 + 1) + row15 * 72 + u.B] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 2 + (quad3 + 2) + row15 * 72 + u.B] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 2 + (quad3 + 3) + row15 * 72 + u.B] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_18_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %65 body: %10 = matmul %0, %6  [u.B, 24] x [24, 72], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 24;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 68);
  let quad1 = min(c0 + 4, 68);
  let quad2 = min(c0 + 8, 68);
  let quad3 = min(c0 + 12, 68);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 72 + quad0 + 35324) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 72 + quad1 + 35324) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 72 + quad2 + 35324) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 72 + quad3 + 35324) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 170 + kk + row0 * 24 + u.B * 145]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 170 + kk + row1 * 24 + u.B * 145]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 170 + kk + row2 * 24 + u.B * 145]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 170 + kk + row3 * 24 + u.B * 145]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 170 + kk + row4 * 24 + u.B * 145]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 170 + kk + row5 * 24 + u.B * 145]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 170 + kk + row6 * 24 + u.B * 145]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 170 + kk + row7 * 24 + u.B * 145]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 170 + kk + row8 * 24 + u.B * 145]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 170 + kk + row9 * 24 + u.B * 145]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 170 + kk + row10 * 24 + u.B * 145]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 170 + kk + row11 * 24 + u.B * 145]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 170 + kk + row12 * 24 + u.B * 145]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 170 + kk + row13 * 24 + u.B * 145]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 170 + kk + row14 * 24 + u.B * 145]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 170 + kk + row15 * 24 + u.B * 145]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row0 * 72 + u.B * 25] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row1 * 72 + u.B * 25] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row2 * 72 + u.B * 25] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row3 * 72 + u.B * 25] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row4 * 72 + u.B * 25] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row5 * 72 + u.B * 25] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row6 * 72 + u.B * 25] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row7 * 72 + u.B * 25] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row8 * 72 + u.B * 25] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row9 * 72 + u.B * 25] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row10 * 72 + u.B * 25] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row11 * 72 + u.B * 25] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row12 * 72 + u.B * 25] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row13 * 72 + u.B * 25] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row14 * 72 + u.B * 25] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 72) { W[u.B * u.T * 170 + (quad0 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 72) { W[u.B * u.T * 170 + (quad0 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 72) { W[u.B * u.T * 170 + (quad0 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 72) { W[u.B * u.T * 170 + (quad0 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 72) { W[u.B * u.T * 170 + (quad1 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 72) { W[u.B * u.T * 170 + (quad1 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 72) { W[u.B * u.T * 170 + (quad1 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 72) { W[u.B * u.T * 170 + (quad1 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 72) { W[u.B * u.T * 170 + (quad2 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 72) { W[u.B * u.T * 170 + (quad2 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 72) { W[u.B * u.T * 170 + (quad2 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 72) { W[u.B * u.T * 170 + (quad2 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 72) { W[u.B * u.T * 170 + (quad3 + 0) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 72) { W[u.B * u.T * 170 + (quad3 + 1) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 72) { W[u.B * u.T * 170 + (quad3 + 2) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 72) { W[u.B * u.T * 170 + (quad3 + 3) + row15 * 72 + u.B * 25] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_19_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (18 kernels)  [u.B, 24]
//   scan %65 body: %14 = add %7, %11
//   scan %65 body: %15 = add %14, %2
//   scan %65 body: %16 = sigmoid %15
//   scan %65 body: %17 = add %8, %12
//   scan %65 body: %18 = add %17, %3
//   scan %65 body: %19 = sigmoid %18
//   scan %65 body: %20 = add %9, %4
//   scan %65 body: %21 = add %13, %5
//   scan %65 body: %22 = mul %19, %21
//   scan %65 body: %23 = add %20, %22
//   scan %65 body: %24 = tanh %23
//   scan %65 body: %25 = mul %16, %0
//   scan %65 body: %26 = neg %16
//   scan %65 body: %28 = add %26, %27
//   scan %65 body: %29 = mul %28, %24
//   scan %65 body: %30 = add %25, %29
//   %65 = scan: step output 'h' = %30 at t (masked: zero)
//   %65 = scan: carry 'h' = %30 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.B + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 2 + i1 + u.B + u.l0 * 72]);
  let v3 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25]);
  let v4 = v2 + v3;
  let v5 = bitcast<f32>(M[i1 + 24416]);
  let v6 = v4 + v5;
  let v7 = (1.0f / (1.0f + exp(-(v6))));
  let v8 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 24 + i1 + u.B * 145]);
  let v9 = v7 * v8;
  let v10 = (-(v7));
  let v11 = v10 + 1.0f;
  let v12 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 2 + i1 + u.B + u.l0 * 72 + 48]);
  let v13 = bitcast<f32>(M[i1 + 24464]);
  let v14 = v12 + v13;
  let v15 = bitcast<f32>(W[i0 * u.T * 72 + u.B * u.T * 2 + i1 + u.B + u.l0 * 72 + 24]);
  let v16 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 24]);
  let v17 = v15 + v16;
  let v18 = bitcast<f32>(M[i1 + 24440]);
  let v19 = v17 + v18;
  let v20 = (1.0f / (1.0f + exp(-(v19))));
  let v21 = bitcast<f32>(W[u.B * u.T * 170 + i0 * 72 + i1 + u.B * 25 + 48]);
  let v22 = bitcast<f32>(M[i1 + 24488]);
  let v23 = v21 + v22;
  let v24 = v20 * v23;
  let v25 = v14 + v24;
  let v26 = tanh(clamp(v25, -15.0f, 15.0f));
  let v27 = v11 * v26;
  let v28 = v9 + v27;
  let v29 = select(v28, 0.0f, v1);
  let v30 = select(v28, v8, v1);
  W[i0 * u.T * 24 + u.B * u.T * 74 + i1 + u.B + u.l0 * 24] = bitcast<u32>(v29);
  W[u.B * u.T * 170 + i0 * 24 + i1 + u.B * 145] = bitcast<u32>(v30);
}

// ======== kernel run_20_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %67 = concat %51, %66 axis=2 (piece 1/2)  [u.B, u.T, 24]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 146 + i0 * 24 + i1 + u.B * 25]);
  W[u.B * u.T * 2 + i0 * 48 + i1 + u.B] = bitcast<u32>(v0);
}

// ======== kernel run_21_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %67 = concat %51, %66 axis=2 (piece 2/2)  [u.B, u.T, 24]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 24) { return; }
  var r_ = gid;
  let i1 = r_ % (24);
  r_ = r_ / (24);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 74 + i0 * 24 + i1 + u.B]);
  W[u.B * u.T * 2 + i0 * 48 + i1 + u.B + 24] = bitcast<u32>(v0);
}

// ======== kernel run_22_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %69 = matmul %67, %68  [u.B * u.T, 48] x [48, 9], 16 x 9 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 48;
  let c0 = i32(g.x) * 9;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 8);
  let col1 = min(c0 + 1, 8);
  let col2 = min(c0 + 2, 8);
  let col3 = min(c0 + 3, 8);
  let col4 = min(c0 + 4, 8);
  let col5 = min(c0 + 5, 8);
  let col6 = min(c0 + 6, 8);
  let col7 = min(c0 + 7, 8);
  let col8 = min(c0 + 8, 8);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 + kk * 9 + 24512]);
    let w1 = bitcast<f32>(M[col1 + kk * 9 + 24512]);
    let w2 = bitcast<f32>(M[col2 + kk * 9 + 24512]);
    let w3 = bitcast<f32>(M[col3 + kk * 9 + 24512]);
    let w4 = bitcast<f32>(M[col4 + kk * 9 + 24512]);
    let w5 = bitcast<f32>(M[col5 + kk * 9 + 24512]);
    let w6 = bitcast<f32>(M[col6 + kk * 9 + 24512]);
    let w7 = bitcast<f32>(M[col7 + kk * 9 + 24512]);
    let w8 = bitcast<f32>(M[col8 + kk * 9 + 24512]);
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 48 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 48 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 48 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 48 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 48 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 48 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 48 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 48 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 48 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 48 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 48 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 48 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 48 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 48 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 48 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 48 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row0 * 9 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row0 * 9 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row0 * 9 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row0 * 9 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row0 * 9 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row0 * 9 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row0 * 9 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row0 * 9 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row0 * 9 + u.B] = bitcast<u32>(a0_8); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row1 * 9 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row1 * 9 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row1 * 9 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row1 * 9 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row1 * 9 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row1 * 9 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row1 * 9 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row1 * 9 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row1 * 9 + u.B] = bitcast<u32>(a1_8); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row2 * 9 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row2 * 9 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row2 * 9 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row2 * 9 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row2 * 9 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row2 * 9 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row2 * 9 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row2 * 9 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row2 * 9 + u.B] = bitcast<u32>(a2_8); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row3 * 9 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row3 * 9 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row3 * 9 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row3 * 9 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row3 * 9 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row3 * 9 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row3 * 9 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row3 * 9 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row3 * 9 + u.B] = bitcast<u32>(a3_8); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row4 * 9 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row4 * 9 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row4 * 9 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row4 * 9 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row4 * 9 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row4 * 9 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row4 * 9 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row4 * 9 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row4 * 9 + u.B] = bitcast<u32>(a4_8); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row5 * 9 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row5 * 9 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row5 * 9 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row5 * 9 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row5 * 9 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row5 * 9 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row5 * 9 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row5 * 9 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row5 * 9 + u.B] = bitcast<u32>(a5_8); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row6 * 9 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row6 * 9 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row6 * 9 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row6 * 9 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row6 * 9 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row6 * 9 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row6 * 9 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row6 * 9 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row6 * 9 + u.B] = bitcast<u32>(a6_8); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row7 * 9 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row7 * 9 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row7 * 9 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row7 * 9 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row7 * 9 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row7 * 9 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row7 * 9 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row7 * 9 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row7 * 9 + u.B] = bitcast<u32>(a7_8); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row8 * 9 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row8 * 9 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row8 * 9 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row8 * 9 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row8 * 9 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row8 * 9 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row8 * 9 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row8 * 9 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row8 * 9 + u.B] = bitcast<u32>(a8_8); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row9 * 9 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row9 * 9 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row9 * 9 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row9 * 9 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row9 * 9 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row9 * 9 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row9 * 9 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row9 * 9 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row9 * 9 + u.B] = bitcast<u32>(a9_8); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row10 * 9 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row10 * 9 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row10 * 9 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row10 * 9 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row10 * 9 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row10 * 9 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row10 * 9 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row10 * 9 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row10 * 9 + u.B] = bitcast<u32>(a10_8); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row11 * 9 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row11 * 9 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row11 * 9 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row11 * 9 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row11 * 9 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row11 * 9 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row11 * 9 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row11 * 9 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row11 * 9 + u.B] = bitcast<u32>(a11_8); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row12 * 9 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row12 * 9 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row12 * 9 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row12 * 9 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row12 * 9 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row12 * 9 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row12 * 9 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row12 * 9 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row12 * 9 + u.B] = bitcast<u32>(a12_8); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row13 * 9 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row13 * 9 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row13 * 9 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row13 * 9 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row13 * 9 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row13 * 9 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row13 * 9 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row13 * 9 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row13 * 9 + u.B] = bitcast<u32>(a13_8); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row14 * 9 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row14 * 9 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row14 * 9 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row14 * 9 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row14 * 9 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row14 * 9 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row14 * 9 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row14 * 9 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row14 * 9 + u.B] = bitcast<u32>(a14_8); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 9) { W[u.B * u.T * 74 + col0 + row15 * 9 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 9) { W[u.B * u.T * 74 + col1 + row15 * 9 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 9) { W[u.B * u.T * 74 + col2 + row15 * 9 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 9) { W[u.B * u.T * 74 + col3 + row15 * 9 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 9) { W[u.B * u.T * 74 + col4 + row15 * 9 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 9) { W[u.B * u.T * 74 + col5 + row15 * 9 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 9) { W[u.B * u.T * 74 + col6 + row15 * 9 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 9) { W[u.B * u.T * 74 + col7 + row15 * 9 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 9) { W[u.B * u.T * 74 + col8 + row15 * 9 + u.B] = bitcast<u32>(a15_8); }
  }
}

// ======== kernel run_23_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %71 = add %69, %70  [u.B, u.T, 9]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 9) { return; }
  var r_ = gid;
  let i1 = r_ % (9);
  r_ = r_ / (9);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 74 + i0 * 9 + i1 + u.B]);
  let v1 = bitcast<f32>(M[i1 + 24944]);
  let v2 = v0 + v1;
  W[u.B * u.T * 170 + i0 * 9 + i1 + u.B * 169] = bitcast<u32>(v2);
}
