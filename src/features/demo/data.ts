// The demo province: real names of a province's departments (after the 2025 reorganisation)
// and a handful of communes and wards.
export const DEMO_DEPARTMENTS: [code: string, name: string][] = [
  ['SO-TP', 'Sở Tư pháp'],
  ['SO-NV', 'Sở Nội vụ'],
  ['VP-UBND', 'Văn phòng UBND tỉnh'],
  ['SO-TC', 'Sở Tài chính'],
  ['SO-XD', 'Sở Xây dựng'],
  ['SO-CT', 'Sở Công Thương'],
  ['SO-NNMT', 'Sở Nông nghiệp và Môi trường'],
  ['SO-GDDT', 'Sở Giáo dục và Đào tạo'],
  ['SO-YT', 'Sở Y tế'],
  ['SO-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['SO-KHCN', 'Sở Khoa học và Công nghệ'],
  ['SO-DTTG', 'Sở Dân tộc và Tôn giáo'],
  ['SO-NGV', 'Sở Ngoại vụ'],
  ['TT-TINH', 'Thanh tra tỉnh'],
  ['BQL-KCN', 'Ban Quản lý các khu công nghiệp tỉnh'],
];

export const DEMO_COMMUNES: [code: string, name: string][] = [
  ['XA-TANPHU', 'Xã Tân Phú'],
  ['XA-BINHMINH', 'Xã Bình Minh'],
  ['PH-HOABINH', 'Phường Hòa Bình'],
  ['PH-ANKHANH', 'Phường An Khánh'],
  ['XA-LONGHUNG', 'Xã Long Hưng'],
  ['XA-PHULOC', 'Xã Phú Lộc'],
  ['PH-QUANGTRUNG', 'Phường Quang Trung'],
  ['XA-DONGHOA', 'Xã Đông Hòa'],
  ['XA-TANLAP', 'Xã Tân Lập'],
  ['PH-THONGNHAT', 'Phường Thống Nhất'],
];

/** A district (pre-2025 structure) and its departments, for district-level criteria sets. */
export const DEMO_DISTRICT: [code: string, name: string] = ['H-QUANGDIEN', 'Huyện Quảng Điền'];
export const DEMO_DISTRICT_DEPARTMENTS: [code: string, name: string][] = [
  ['QD-TP', 'Phòng Tư pháp huyện Quảng Điền'],
  ['QD-NV', 'Phòng Nội vụ huyện Quảng Điền'],
  ['QD-VP', 'Văn phòng HĐND và UBND huyện Quảng Điền'],
  ['QD-TCKH', 'Phòng Tài chính – Kế hoạch huyện Quảng Điền'],
  ['QD-GDDT', 'Phòng Giáo dục và Đào tạo huyện Quảng Điền'],
  ['QD-VHTT', 'Phòng Văn hóa và Thông tin huyện Quảng Điền'],
  ['QD-TNMT', 'Phòng Tài nguyên và Môi trường huyện Quảng Điền'],
];

export interface DemoAccount {
  username: string;
  displayName: string;
  role: 'admin' | 'organiser' | 'unit-editor' | 'unit-leader' | 'appraiser' | 'council-chair' | 'viewer';
  /** Unit by code. */
  unit?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'noivu', displayName: 'Nguyễn Thị Hoa', role: 'organiser', unit: 'SO-NV' },
  { username: 'bientap', displayName: 'Trần Văn Nam (Chuyên viên)', role: 'unit-editor', unit: 'SO-TP' },
  { username: 'lanhdao', displayName: 'Lê Minh Tuấn', role: 'unit-leader', unit: 'SO-TP' },
  { username: 'thamdinh', displayName: 'Phạm Thu Trang', role: 'appraiser', unit: 'VP-UBND' },
  { username: 'chutich', displayName: 'Hoàng Văn Bình', role: 'council-chair' },
  { username: 'xem', displayName: 'Người xem', role: 'viewer' },
];
